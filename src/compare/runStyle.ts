// One colour and one dash pattern per run in the overlay chart. Okabe–Ito colours other than the
// class colours' orange (blue is the first run's, as the single-run curves' train line is), and
// a dash pattern each, so the runs stay apart without colour too.
export interface RunStyle {
  color: string;
  dash: string | undefined;
}

const STYLES: readonly RunStyle[] = [
  { color: '#0072B2', dash: undefined },
  { color: '#D55E00', dash: '7 4' },
  { color: '#009E73', dash: '2 3' },
  { color: '#CC79A7', dash: '9 3 2 3' },
];

export function runStyle(index: number): RunStyle {
  return STYLES[index % STYLES.length]!;
}

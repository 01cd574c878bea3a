// The curves' epoch axis: linear, or logarithmic in (epoch + 1) so that epoch 0 has a place and
// the first epochs, where a run learns fastest and the validation loss turns, keep their width
// however long the run goes on (epochs 0–100 take two thirds of a log axis to 1,000, a tenth of
// a linear one).
import { scaleLinear } from 'd3-scale';
import { tickCount } from './axis';

export interface EpochScale {
  (epoch: number): number;
  /** The epoch at a pixel offset (not rounded). */
  invert(px: number): number;
  range(): number[];
  ticks: number[];
  format: (epoch: number) => string;
  log: boolean;
}

// One formatter for every tick: toLocaleString builds a new one per call (tens of µs each, paid
// for every tick of every re-render of every run's curves).
const EN = new Intl.NumberFormat('en');
// And each label once: even with one formatter, format() was a quarter of a millisecond per
// four-run frame in a profile, for the same few dozen tick values (1, 2, 5, 10, … on a log axis).
const labels = new Map<number, string>();
const thousands = (v: number) => {
  let label = labels.get(v);
  if (label === undefined) {
    if (labels.size > 1000) labels.clear();
    labels.set(v, (label = EN.format(v)));
  }
  return label;
};

/** Epochs [first, last] onto [0, width]. */
export function epochScale(first: number, last: number, width: number, log: boolean): EpochScale {
  if (!log) {
    const s = scaleLinear().domain([first, last]).range([0, width]);
    const ticks = s.ticks(tickCount(width, 80)).filter(Number.isInteger);
    return Object.assign((e: number) => s(e), {
      invert: (px: number) => s.invert(px),
      range: () => [0, width],
      ticks,
      format: s.tickFormat(ticks.length),
      log: false,
    });
  }
  const f0 = Math.log10(first + 1);
  const span = Math.max(1e-9, Math.log10(last + 1) - f0);
  const at = (e: number) => ((Math.log10(Math.max(0, e) + 1) - f0) / span) * width;
  const ticks: number[] = first === 0 ? [0] : [];
  // 1, 2, 5, 10, 20, 50, … while they fit about 55 px apart, else the powers of ten alone.
  const fits = (mantissas: number[]) => {
    const out: number[] = [];
    for (let p = 1; p <= last; p *= 10) {
      for (const m of mantissas) if (m * p >= first && m * p <= last) out.push(m * p);
    }
    return out;
  };
  const fine = fits([1, 2, 5]);
  const chosen = fine.length + ticks.length <= tickCount(width, 55) ? fine : fits([1]);
  ticks.push(...chosen);
  return Object.assign(at, {
    invert: (px: number) => 10 ** (f0 + (px / width) * span) - 1,
    range: () => [0, width],
    ticks,
    format: thousands,
    log: true,
  });
}

/** Past this many epochs the log axis is chosen by itself (until the student picks). */
export const AUTO_LOG_EPOCHS = 1000;

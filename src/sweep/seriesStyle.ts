// The curves' colours and dashes (Okabe–Ito, as the loss curves: training blue, validation
// vermillion, test bluish green, dashed so the three stay apart without colour) and the text of a
// mean with its spread.
import type { Spread } from '../../workers/contract';
import { formatPercent, formatValue } from '../charts/format';
import type { SweepKey } from './sweepStrings';

export const SERIES_STYLE = [
  { key: 'sweep.series.train', field: 'train', color: '#0072B2', dash: undefined, width: 2 },
  { key: 'sweep.series.val', field: 'val', color: '#D55E00', dash: undefined, width: 2.5 },
  { key: 'sweep.series.test', field: 'test', color: '#009E73', dash: '6 3', width: 2 },
] as const satisfies readonly {
  key: SweepKey;
  field: string;
  color: string;
  dash: string | undefined;
  width: number;
}[];

/** "0.412 ± 0.013 (3)" for a loss, "91.5% ± 1.2% (3)" for an accuracy, "—" for none. */
export function spreadText(s: Spread | null, kind: 'loss' | 'accuracy'): string {
  if (!s) return '—';
  const f = kind === 'loss' ? formatValue : formatPercent;
  return s.n > 1 ? `${f(s.mean)} ± ${f(s.sd)} (${s.n})` : f(s.mean);
}

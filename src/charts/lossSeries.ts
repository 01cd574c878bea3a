// The curves' data: history columns decimated to the plot's pixel columns (incrementally: only
// the rows since the last render are read).
import type { HistoryColumns, HistoryField } from '../store/historyColumns';
import type { CurvePoints } from './bucketDecimation';
import { decimateHistory } from './historyDecimation';
import { SERIES } from './palette';

export type CurveTab = 'loss' | 'accuracy';

export interface CurveSpec {
  field: HistoryField;
  color: string;
  dash?: string;
}

/** Solid, dashed, dotted: the series differ by more than colour. */
export const CURVES: Record<CurveTab, CurveSpec[]> = {
  loss: [
    { field: 'trainLoss', color: SERIES.train },
    { field: 'valLoss', color: SERIES.val, dash: '7 4' },
    { field: 'penalty', color: SERIES.penalty, dash: '2 3' },
  ],
  accuracy: [
    { field: 'trainAcc', color: SERIES.train },
    { field: 'valAcc', color: SERIES.val, dash: '7 4' },
  ],
};

export interface CurveData {
  generation: number;
  series: { spec: CurveSpec; points: CurvePoints }[];
  /** Smallest positive and largest value over the series (for the y scale). */
  lo: number;
  hi: number;
}

export function buildCurves(
  history: HistoryColumns,
  rows: number,
  tab: CurveTab,
  columns: number,
  generation: number,
): CurveData {
  let lo = Infinity;
  let hi = -Infinity;
  const series = CURVES[tab].map((spec) => {
    const points = decimateHistory(history, spec.field, rows, columns);
    for (let i = 0; i < points.length; i++) {
      const v = points.y[i]!;
      if (v > 0 && v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return { spec, points };
  });
  // A penalty that is zero throughout (no regularization) is not drawn: it would sit on the axis.
  const shown = series.filter((s) => s.spec.field !== 'penalty' || s.points.y.some((v) => v > 0));
  return { generation, series: shown, lo, hi };
}

/** Index of the row whose epoch is nearest `epoch` (epochs ascend). */
export function rowAtEpoch(epochs: Float64Array, length: number, epoch: number): number {
  let a = 0;
  let b = length - 1;
  if (b < 0) return -1;
  while (a < b) {
    const m = (a + b) >> 1;
    if (epochs[m]! < epoch) a = m + 1;
    else b = m;
  }
  if (a > 0 && Math.abs(epochs[a - 1]! - epoch) <= Math.abs(epochs[a]! - epoch)) return a - 1;
  return a;
}

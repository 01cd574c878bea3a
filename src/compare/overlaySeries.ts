// The overlay chart's data: each run's loss column decimated to the plot's pixel columns, and the
// value range over all of them (one y scale for every run).
import type { CurvePoints } from '../charts/bucketDecimation';
import { decimateHistory } from '../charts/historyDecimation';
import type { HistoryColumns } from '../store/historyColumns';

export interface OverlaySeries {
  id: string;
  field: 'valLoss' | 'trainLoss';
  points: CurvePoints;
}

export function overlaySeries(
  runs: { id: string; history: HistoryColumns }[],
  fields: readonly ('valLoss' | 'trainLoss')[],
  columns: number,
): { series: OverlaySeries[]; hi: number; lastEpoch: number } {
  const series: OverlaySeries[] = [];
  let hi = 0;
  let lastEpoch = 0;
  for (const { id, history } of runs) {
    const n = history.length;
    if (n === 0) continue;
    lastEpoch = Math.max(lastEpoch, history.columns.epoch[n - 1]!);
    for (const field of fields) {
      const points = decimateHistory(history, field, n, columns);
      for (let i = 0; i < points.length; i++) {
        if (Number.isFinite(points.y[i]!)) hi = Math.max(hi, points.y[i]!);
      }
      series.push({ id, field, points });
    }
  }
  return { series, hi, lastEpoch };
}

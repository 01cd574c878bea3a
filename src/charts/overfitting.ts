// When the loss chart may call a stretch of the run "overfitting". Being past the lowest
// validation loss is not enough: a flat or noisy curve is always a little above its lowest dip,
// and an underfitting model's curves are flat. The region is shaded only when the validation
// loss has really gone up and stayed up while the training loss went on falling (the gap between
// them widening is what overfitting is). The rule, stated in docs/config.md and in the chart's
// legend:
//
//   from the best validation epoch to the latest one, when for each of the last `patience` epochs
//   the validation data loss stood above best + max(minDelta, 10 % of best), and the training
//   data loss is now below its value at the best epoch.
//
// patience and minDelta are early stopping's (config v1 has them whether or not it is on).
import type { HistoryColumns } from '../store/historyColumns';
import { rowAtEpoch } from './lossSeries';

/** How far above its best the validation loss must stand, besides min delta: 10 %. */
export const RISE_FRACTION = 0.1;

export interface OverfittingRule {
  patience: number;
  minDelta: number;
}

export interface BestValidation {
  epoch: number;
  valLoss: number;
}

/** The nearest row at or before `row` whose training loss was measured (fast runs sample it). */
export function measuredRow(history: HistoryColumns, row: number): number {
  for (let i = row; i >= 0; i--) if (Number.isFinite(history.get('trainLoss', i))) return i;
  return row;
}

/** The overfitting region [from, to] in epochs, or null when the curves do not show any. */
export function overfittingRegion(
  history: HistoryColumns,
  length: number,
  best: BestValidation | null,
  rule: OverfittingRule,
): { from: number; to: number } | null {
  if (!best || length === 0 || !(best.valLoss > 0)) return null;
  const epochs = history.columns.epoch;
  const last = epochs[length - 1]!;
  const window = Math.max(1, rule.patience);
  if (last - best.epoch < window) return null;
  const threshold = best.valLoss + Math.max(rule.minDelta, RISE_FRACTION * best.valLoss);
  let seen = 0;
  for (let i = length - 1; i >= 0 && epochs[i]! > last - window; i--) {
    const v = history.get('valLoss', i);
    if (!Number.isFinite(v)) continue;
    if (v <= threshold) return null;
    seen++;
  }
  if (seen === 0) return null;
  const trainAtBest = history.get(
    'trainLoss',
    measuredRow(history, rowAtEpoch(epochs, length, best.epoch)),
  );
  const trainNow = history.get('trainLoss', measuredRow(history, length - 1));
  if (!(trainNow < trainAtBest)) return null;
  return { from: best.epoch, to: last };
}

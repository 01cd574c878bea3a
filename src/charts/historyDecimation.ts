// Each chart series' incremental decimation, kept beside the history it reads: a chart that
// re-renders only decimates the rows that arrived since (see bucketDecimation.ts).
import type { HistoryColumns, HistoryField } from '../store/historyColumns';
import type { CurvePoints } from './bucketDecimation';
import { BucketDecimation } from './bucketDecimation';

const kept = new WeakMap<HistoryColumns, Map<string, BucketDecimation>>();

/** Rows [0, count) of `field` against the epoch, in at most `maxBuckets` min/max buckets. */
export function decimateHistory(
  history: HistoryColumns,
  field: HistoryField,
  count: number,
  maxBuckets: number,
): CurvePoints {
  let byKey = kept.get(history);
  if (!byKey) kept.set(history, (byKey = new Map<string, BucketDecimation>()));
  const buckets = Math.max(1, Math.floor(maxBuckets));
  const key = `${field} ${buckets}`;
  let d = byKey.get(key);
  if (!d) {
    // A resized chart leaves its old width's decimation behind: keep only the last few.
    if (byKey.size >= 16) byKey.clear();
    byKey.set(key, (d = new BucketDecimation(buckets)));
  }
  return d.update(history.columns.epoch, history.columns[field], count, history.restarts);
}

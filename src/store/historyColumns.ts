// A run's history as growing typed-array columns: a million epochs stay compact, charts read
// ranges without touching objects, and appending never copies more than the doubling does.
import type { HistoryRecord } from '../../workers/contract';

export const HISTORY_FIELDS = [
  'epoch',
  'trainLoss',
  'valLoss',
  'testLoss',
  'trainAcc',
  'valAcc',
  'testAcc',
  'penalty',
  'zeroFraction',
  'l1Norm',
  'l2Norm',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export class HistoryColumns {
  length = 0;
  /** How many times the history started over (clear): incremental readers start over with it. */
  restarts = 0;
  private capacity = 0;
  columns = {} as Record<HistoryField, Float64Array>;

  constructor() {
    this.grow(256);
  }

  /** Appends records whose first has index `start`; a gap or overlap means a lost frame. */
  append(records: readonly HistoryRecord[], start: number): void {
    if (start !== this.length) {
      throw new Error(`history records from ${start} cannot follow ${this.length} records`);
    }
    if (this.length + records.length > this.capacity) {
      this.grow(Math.max(2 * this.capacity, this.length + records.length));
    }
    // Field by field with named properties: a loop over HISTORY_FIELDS made every read and write
    // a keyed lookup, 2 ms of each four-run frame in a profile.
    const c = this.columns;
    let n = this.length;
    for (const r of records) {
      c.epoch[n] = r.epoch ?? NaN;
      c.trainLoss[n] = r.trainLoss ?? NaN;
      c.valLoss[n] = r.valLoss ?? NaN;
      c.testLoss[n] = r.testLoss ?? NaN;
      c.trainAcc[n] = r.trainAcc ?? NaN;
      c.valAcc[n] = r.valAcc ?? NaN;
      c.testAcc[n] = r.testAcc ?? NaN;
      c.penalty[n] = r.penalty ?? NaN;
      c.zeroFraction[n] = r.zeroFraction ?? NaN;
      c.l1Norm[n] = r.l1Norm ?? NaN;
      c.l2Norm[n] = r.l2Norm ?? NaN;
      n++;
    }
    this.length = n;
  }

  clear(): void {
    this.length = 0;
    this.restarts++;
  }

  /** The value of `field` at row i (NaN where the split was empty or not evaluated). */
  get(field: HistoryField, i: number): number {
    return i < this.length ? this.columns[field][i]! : NaN;
  }

  /** The record at row i, with NaN turned back into null. */
  record(i: number): HistoryRecord {
    const v = (f: HistoryField) => this.get(f, i);
    const orNull = (x: number) => (Number.isNaN(x) ? null : x);
    return {
      epoch: v('epoch'),
      trainLoss: orNull(v('trainLoss')),
      valLoss: orNull(v('valLoss')),
      testLoss: orNull(v('testLoss')),
      trainAcc: orNull(v('trainAcc')),
      valAcc: orNull(v('valAcc')),
      testAcc: orNull(v('testAcc')),
      penalty: v('penalty'),
      zeroFraction: v('zeroFraction'),
      l1Norm: v('l1Norm'),
      l2Norm: v('l2Norm'),
    };
  }

  private grow(capacity: number): void {
    // One allocation for all the columns, each a view of its part: in Chromium every typed
    // array's backing store is its own allocation outside V8's heap, and eleven of them per
    // doubling showed as most of receiveFrame's own time in a four-run profile.
    const block = new Float64Array(capacity * HISTORY_FIELDS.length);
    const next = {} as Record<HistoryField, Float64Array>;
    HISTORY_FIELDS.forEach((f, k) => {
      next[f] = block.subarray(k * capacity, (k + 1) * capacity);
      if (this.length > 0) next[f].set(this.columns[f].subarray(0, this.length));
    });
    this.columns = next;
    this.capacity = capacity;
  }
}

// Min/max decimation over fixed power-of-two buckets, kept up to date as a history grows.
//
// Splitting the rows into `columns` equal parts (the decimation this replaced) moves every
// boundary with each new row, so the whole history was scanned again (with four runs side by
// side that was the largest part of the page's work per frame). Here bucket j holds rows [j·B, (j+1)·B) for a
// power of two B, the smallest that needs at most `maxBuckets` buckets: a new row only touches
// the last bucket, and when the history outgrows the buckets, B doubles by merging neighbours
// (their minima and maxima are already known). So an update costs the new rows plus one pass over
// the buckets to write the points, whatever the history's length.

/**
 * The decimated points, in plain arrays: on these machines a Float64Array of a few hundred
 * elements lives outside V8's heap and cost Chromium 60–130 µs to allocate (measured), about as
 * much as the whole decimation; arrays of numbers are allocated on the heap.
 */
export interface CurvePoints {
  x: number[];
  y: number[];
  length: number;
}

/** The smallest power of two B with ⌈count / B⌉ ≤ maxBuckets. */
export function bucketSize(count: number, maxBuckets: number): number {
  const most = Math.max(1, Math.floor(maxBuckets));
  let size = 1;
  while (Math.ceil(count / size) > most) size *= 2;
  return size;
}

/**
 * The lowest and highest row of each bucket, in the order they occurred (one point where they
 * are the same row). NaN rows (epochs where the split was not evaluated) are skipped; on ties the
 * first row wins. This is the reference the incremental version is held to.
 */
export function decimateBuckets(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
  maxBuckets: number,
): CurvePoints {
  const n = Math.min(count, xs.length, ys.length);
  const size = bucketSize(n, maxBuckets);
  const buckets = Math.ceil(n / size);
  const lo = new Int32Array(buckets).fill(-1);
  const hi = new Int32Array(buckets).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = ys[i]!;
    if (Number.isNaN(v)) continue;
    const j = Math.floor(i / size);
    if (lo[j]! < 0 || v < ys[lo[j]!]!) lo[j] = i;
    if (hi[j]! < 0 || v > ys[hi[j]!]!) hi[j] = i;
  }
  return points(xs, ys, lo, hi, buckets);
}

function points(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  lo: Int32Array,
  hi: Int32Array,
  buckets: number,
): CurvePoints {
  const x: number[] = [];
  const y: number[] = [];
  const push = (i: number) => {
    x.push(xs[i]!);
    y.push(ys[i]!);
  };
  for (let j = 0; j < buckets; j++) {
    const a = lo[j]!;
    const b = hi[j]!;
    if (a < 0) continue;
    if (a === b) push(a);
    else if (a < b) {
      push(a);
      push(b);
    } else {
      push(b);
      push(a);
    }
  }
  return { x, y, length: x.length };
}

/**
 * One series' decimation, fed the same growing columns again and again. `restarts` is the
 * history's count of restarts (HistoryColumns.restarts): when it moves, or the count shrinks,
 * everything is scanned again from row 0. Gives exactly what decimateBuckets gives.
 */
export class BucketDecimation {
  private size = 1;
  private buckets = 0;
  private rows = 0;
  private restarts = -1;
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);

  constructor(readonly maxBuckets: number) {}

  update(
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    count: number,
    restarts: number,
  ): CurvePoints {
    const n = Math.min(count, xs.length, ys.length);
    if (restarts !== this.restarts || n < this.rows) this.reset(restarts);
    const size = bucketSize(n, this.maxBuckets);
    while (this.size < size) this.merge(ys);
    const buckets = Math.ceil(n / size);
    if (buckets > this.lo.length) this.grow(buckets);
    const { lo, hi } = this;
    for (let i = this.rows; i < n; i++) {
      const j = Math.floor(i / size);
      if (j >= this.buckets) {
        lo[j] = -1;
        hi[j] = -1;
        this.buckets = j + 1;
      }
      const v = ys[i]!;
      if (Number.isNaN(v)) continue;
      if (lo[j]! < 0 || v < ys[lo[j]!]!) lo[j] = i;
      if (hi[j]! < 0 || v > ys[hi[j]!]!) hi[j] = i;
    }
    this.rows = n;
    return points(xs, ys, lo, hi, this.buckets);
  }

  private reset(restarts: number): void {
    this.restarts = restarts;
    this.size = 1;
    this.buckets = 0;
    this.rows = 0;
  }

  /** Doubles the bucket size: bucket j becomes the union of buckets 2j and 2j + 1. */
  private merge(ys: ArrayLike<number>): void {
    this.size *= 2;
    const { lo, hi } = this;
    const half = Math.ceil(this.buckets / 2);
    for (let j = 0; j < half; j++) {
      const a = 2 * j;
      const b = a + 1;
      // On ties the earlier row (bucket a's) wins, as in a scan from the start.
      lo[j] = b < this.buckets ? better(lo[a]!, lo[b]!, ys, -1) : lo[a]!;
      hi[j] = b < this.buckets ? better(hi[a]!, hi[b]!, ys, 1) : hi[a]!;
    }
    this.buckets = half;
  }

  private grow(buckets: number): void {
    const capacity = Math.max(buckets, 2 * this.lo.length, 64);
    const lo = new Int32Array(capacity);
    const hi = new Int32Array(capacity);
    lo.set(this.lo.subarray(0, this.buckets));
    hi.set(this.hi.subarray(0, this.buckets));
    this.lo = lo;
    this.hi = hi;
  }
}

/** Of two rows (−1: none), `a` unless `b` is strictly lower (sign −1) or higher (sign 1). */
function better(a: number, b: number, ys: ArrayLike<number>, sign: -1 | 1): number {
  if (b < 0) return a;
  if (a < 0) return b;
  return sign * (ys[b]! - ys[a]!) > 0 ? b : a;
}

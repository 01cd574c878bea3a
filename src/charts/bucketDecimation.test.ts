import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CurvePoints } from './bucketDecimation';
import { BucketDecimation, bucketSize, decimateBuckets } from './bucketDecimation';

const list = (d: CurvePoints) => {
  expect(d.x.length).toBe(d.length);
  return { x: d.x, y: d.y };
};

// Values with ties, NaN (unmeasured epochs) and infinities: where a min/max scan can go wrong.
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 5 }).map((v) => v / 4) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
);

describe('bucketSize', () => {
  it('is the smallest power of two that needs at most maxBuckets buckets', () => {
    expect(bucketSize(0, 10)).toBe(1);
    expect(bucketSize(10, 10)).toBe(1);
    expect(bucketSize(11, 10)).toBe(2);
    expect(bucketSize(20, 10)).toBe(2);
    expect(bucketSize(21, 10)).toBe(4);
    expect(bucketSize(1_000_000, 600)).toBe(2048);
  });
});

describe('decimateBuckets', () => {
  it("keeps each bucket's first lowest and first highest row, in the order they occurred", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (vs, m) => {
        const ys = Float64Array.from(vs);
        const xs = Float64Array.from(vs, (_, i) => i);
        const d = list(decimateBuckets(xs, ys, vs.length, m));
        const size = bucketSize(vs.length, m);
        const expected: number[] = [];
        for (let start = 0; start < vs.length; start += size) {
          const rows = [...Array(Math.min(size, vs.length - start)).keys()]
            .map((k) => start + k)
            .filter((i) => !Number.isNaN(ys[i]!));
          if (rows.length === 0) continue;
          const lo = rows.find((i) => ys[i] === Math.min(...rows.map((r) => ys[r]!)))!;
          const hi = rows.find((i) => ys[i] === Math.max(...rows.map((r) => ys[r]!)))!;
          expected.push(...new Set([lo, hi].sort((a, b) => a - b)));
        }
        expect(d.x).toEqual(expected);
        expect(d.y).toEqual(expected.map((i) => ys[i]));
        expect(Math.ceil(vs.length / size)).toBeLessThanOrEqual(m);
      }),
    );
  });

  it('keeps a spike and a dip of a million epochs', () => {
    const n = 1_000_000;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 5000) + 1);
    ys[123_457] = 50;
    ys[876_543] = -50;
    const d = list(decimateBuckets(xs, ys, n, 600));
    expect(d.x.length).toBeLessThanOrEqual(1200);
    expect(d.x[d.y.indexOf(50)]).toBe(123_457);
    expect(d.x[d.y.indexOf(-50)]).toBe(876_543);
    for (let i = 1; i < d.x.length; i++) expect(d.x[i]!).toBeGreaterThan(d.x[i - 1]!);
  });
});

describe('BucketDecimation', () => {
  it('gives what decimateBuckets gives at every step of a growing history, across bucket-size changes and restarts', () => {
    // A schedule of steps: grow by k rows, or (k = 0) start over with new values.
    const step = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 90 }) },
      { weight: 1, arbitrary: fc.constant(0) },
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 400, maxLength: 400 }),
        fc.array(value, { minLength: 400, maxLength: 400 }),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 24 }),
        (first, second, steps, m) => {
          const xs = Float64Array.from(first, (_, i) => 3 * i + 1);
          let ys = Float64Array.from(first);
          const d = new BucketDecimation(m);
          let count = 0;
          let restarts = 0;
          for (const k of steps) {
            if (k === 0) {
              restarts++;
              count = 0;
              ys = Float64Array.from(restarts % 2 ? second : first);
            } else count = Math.min(400, count + k);
            expect(list(d.update(xs, ys, count, restarts))).toEqual(
              list(decimateBuckets(xs, ys, count, m)),
            );
          }
        },
      ),
    );
  });

  it('follows a history read through columns that were copied when they grew', () => {
    const n = 5000;
    const all = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 0.37) * (1 + (i % 13)));
    const epochs = Float64Array.from({ length: n }, (_, i) => i + 1);
    const d = new BucketDecimation(100);
    for (let count = 0; count <= n; count += 37) {
      // As HistoryColumns does: the same values, in a fresh array each time it grows.
      const ys = all.slice(0, count + 50);
      const xs = epochs.slice(0, count + 50);
      expect(list(d.update(xs, ys, count, 0))).toEqual(list(decimateBuckets(xs, ys, count, 100)));
    }
  });

  it('starts over when the count shrinks', () => {
    const xs = Float64Array.from({ length: 50 }, (_, i) => i);
    const ys = Float64Array.from({ length: 50 }, (_, i) => (i * 17) % 11);
    const d = new BucketDecimation(8);
    d.update(xs, ys, 50, 0);
    expect(list(d.update(xs, ys, 20, 0))).toEqual(list(decimateBuckets(xs, ys, 20, 8)));
  });
});

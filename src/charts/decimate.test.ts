import { describe, expect, it } from 'vitest';
import { decimateMinMax, drawnRows } from './decimate';

function series(n: number, f: (i: number) => number) {
  const x = Float64Array.from({ length: n }, (_, i) => i);
  const y = Float64Array.from({ length: n }, (_, i) => f(i));
  return { x, y };
}

describe('decimateMinMax', () => {
  it('keeps short series as they are, minus unmeasured (NaN) epochs', () => {
    const { x, y } = series(10, (i) => (i % 3 === 0 ? NaN : i));
    const d = decimateMinMax(x, y, 10, 100);
    expect([...d.y.subarray(0, d.length)]).toEqual([1, 2, 4, 5, 7, 8]);
    expect([...d.x.subarray(0, d.length)]).toEqual([1, 2, 4, 5, 7, 8]);
  });

  it('keeps every spike and dip of a million epochs in at most two points per column', () => {
    const n = 1_000_000;
    const { x, y } = series(n, (i) => Math.sin(i / 5000) + 1);
    y[123_457] = 50; // a spike
    y[876_543] = -50; // a dip
    const columns = 600;
    const d = decimateMinMax(x, y, n, columns);
    expect(d.length).toBeLessThanOrEqual(2 * columns);
    const ys = [...d.y.subarray(0, d.length)];
    expect(Math.max(...ys)).toBe(50);
    expect(Math.min(...ys)).toBe(-50);
    expect(d.x[ys.indexOf(50)]).toBe(123_457);
    expect(d.x[ys.indexOf(-50)]).toBe(876_543);
    // x stays in order, so the path never doubles back.
    for (let i = 1; i < d.length; i++) expect(d.x[i]!).toBeGreaterThan(d.x[i - 1]!);
  });

  it("keeps each column's own minimum and maximum", () => {
    const n = 10_000;
    const { x, y } = series(n, (i) => ((i * 7919) % 1000) / 1000);
    const columns = 50;
    const d = decimateMinMax(x, y, n, columns);
    for (let c = 0; c < columns; c++) {
      const bucket = [...y.subarray((c * n) / columns, ((c + 1) * n) / columns)];
      const kept = [...d.y.subarray(0, d.length)].filter((_, k) => {
        const xi = d.x[k]!;
        return xi >= (c * n) / columns && xi < ((c + 1) * n) / columns;
      });
      expect(Math.min(...kept)).toBe(Math.min(...bucket));
      expect(Math.max(...kept)).toBe(Math.max(...bucket));
    }
  });

  it('joins a curve measured only every few epochs instead of breaking it', () => {
    const n = 5000;
    const { x, y } = series(n, (i) => (i % 7 === 0 ? i : NaN));
    const d = decimateMinMax(x, y, n, 100);
    expect(d.length).toBeGreaterThan(100);
    for (let i = 0; i < d.length; i++) expect(Number.isNaN(d.y[i]!)).toBe(false);
  });
});

describe('drawnRows', () => {
  it('draws every row of a short history and rounds a huge one to a stride', () => {
    expect(drawnRows(1234, 600)).toBe(1234);
    const rows = drawnRows(1_000_003, 600);
    expect(rows).toBeLessThanOrEqual(1_000_003);
    expect(1_000_003 - rows).toBeLessThan(1_000_003 / 2400 + 1);
  });
});

import { describe, expect, it } from 'vitest';
import * as det from './detMath';

/** Distance in units of the last place, through the bit patterns. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const v = new DataView(new ArrayBuffer(16));
  v.setFloat64(0, a);
  v.setFloat64(8, b);
  const ia = v.getBigInt64(0);
  const ib = v.getBigInt64(8);
  const ord = (i: bigint) => (i < 0n ? -(i & 0x7fffffffffffffffn) : i);
  const d = ord(ia) - ord(ib);
  return Number(d < 0n ? -d : d);
}

function sweep(from: number, to: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n + 1e-7 * Math.sin(i));
}

function worst(f: (x: number) => number, g: (x: number) => number, xs: number[]): number {
  return Math.max(...xs.map((x) => ulps(f(x), g(x))));
}

describe('deterministic elementary functions stay within a few ulps of Math', () => {
  it('exp over the whole finite range', () => {
    expect(worst(det.exp, Math.exp, sweep(-700, 700, 20_000))).toBeLessThanOrEqual(4);
    expect(worst(det.exp, Math.exp, sweep(-1, 1, 20_000))).toBeLessThanOrEqual(2);
    expect(det.exp(0)).toBe(1);
    expect(det.exp(710)).toBe(Infinity);
    expect(det.exp(-746)).toBe(0);
    expect(det.exp(NaN)).toBeNaN();
  });

  it('log from tiny to huge, subnormals included', () => {
    const xs = [...sweep(1e-6, 10, 20_000), ...sweep(10, 1e6, 5_000), 5e-324, 1e-310, 1e300];
    expect(worst(det.log, Math.log, xs)).toBeLessThanOrEqual(3);
    expect(det.log(1)).toBe(0);
    expect(det.log(0)).toBe(-Infinity);
    expect(det.log(-1)).toBeNaN();
  });

  it('log1p and expm1 keep their precision near 0', () => {
    const xs = [...sweep(-0.9, 5, 20_000), 1e-10, -1e-12, 3e-5];
    expect(worst(det.log1p, Math.log1p, xs)).toBeLessThanOrEqual(3);
    expect(
      worst(det.expm1, Math.expm1, [...sweep(-3, 3, 20_000), 1e-10, -2e-9]),
    ).toBeLessThanOrEqual(3);
  });

  it('sin and cos over the range the datasets, features and rotations use', () => {
    const xs = sweep(-40, 40, 40_000);
    // Relative error, and near their zeros (below 0.02) absolute error under 4e-17.
    const close = (f: (x: number) => number, g: (x: number) => number) =>
      Math.max(...xs.map((x) => Math.abs(f(x) - g(x)) / Math.max(0.02, Math.abs(g(x)))));
    expect(close(det.sin, Math.sin)).toBeLessThan(2e-15);
    expect(close(det.cos, Math.cos)).toBeLessThan(2e-15);
    expect(det.sin(0)).toBe(0);
    expect(det.cos(0)).toBe(1);
    expect(det.sin(Infinity)).toBeNaN();
  });

  it('tanh, small arguments included', () => {
    expect(
      worst(det.tanh, Math.tanh, [...sweep(-25, 25, 40_000), 1e-9, 1 / 64]),
    ).toBeLessThanOrEqual(4);
    expect(det.tanh(-0)).toBe(-0);
    expect(det.tanh(30)).toBe(1);
  });
});

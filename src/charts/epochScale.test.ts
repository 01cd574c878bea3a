import { describe, expect, it } from 'vitest';
import { epochScale } from './epochScale';

describe('the epoch axis', () => {
  it('is linear by default, from the first to the last epoch', () => {
    const x = epochScale(0, 1000, 500, false);
    expect(x(0)).toBe(0);
    expect(x(500)).toBe(250);
    expect(x.invert(250)).toBe(500);
    expect(x.ticks).toContain(200);
  });

  it('on a log axis gives the first epochs their width: 0–100 take two thirds of 0–1,000', () => {
    const x = epochScale(0, 1000, 600, true);
    expect(x(0)).toBe(0);
    expect(x(1000)).toBeCloseTo(600, 9);
    expect(x(100) / 600).toBeCloseTo(Math.log10(101) / Math.log10(1001), 9);
    expect(x(100)).toBeGreaterThan(390);
    expect(x.invert(x(36))).toBeCloseTo(36, 9);
  });

  it('puts log ticks at 1, 2, 5 × 10ᵏ while they fit, else at powers of ten', () => {
    expect(epochScale(0, 1000, 600, true).ticks).toEqual([
      0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000,
    ]);
    expect(epochScale(0, 100_000, 300, true).ticks).toEqual([0, 1, 10, 100, 1000, 10000, 100000]);
    expect(epochScale(0, 100_000, 300, true).format(10000)).toBe('10,000');
  });
});

import { describe, expect, it } from 'vitest';
import { linearScale, logScale, pointScale } from './scales';

describe('the views’ scales', () => {
  it('map a domain onto a range linearly, widened to round ticks when asked', () => {
    const y = linearScale([0.13, 0.87], [100, 0], true);
    expect(y.domain()).toEqual([0, 1]);
    expect(y(0)).toBe(100);
    expect(y(0.5)).toBe(50);
    expect(y.ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    const f = y.tickFormat(5);
    expect([0, 0.2, 1].map(f)).toEqual(['0.0', '0.2', '1.0']);
    expect(linearScale([-3, 3], [0, 60]).tickFormat(5)(-2)).toBe('−2');
    // A flat domain draws in the middle rather than dividing by zero.
    expect(linearScale([2, 2], [0, 10])(2)).toBe(5);
  });

  it('place a log scale’s ticks at powers of its base', () => {
    const x = logScale([2, 128], [0, 60], 2);
    expect(x.ticks()).toEqual([2, 4, 8, 16, 32, 64, 128]);
    expect(x(2)).toBe(0);
    expect(x(128)).toBeCloseTo(60, 12);
    expect(x(16)).toBeCloseTo(30, 12);
  });

  it('space n points evenly, half a step in from either end', () => {
    const x = pointScale(4, [0, 80]);
    expect([0, 1, 2, 3].map(x)).toEqual([10, 30, 50, 70]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatStrength, keepAxis, lambdaAxis, nearestValue } from './strengthAxis';

const LADDER = [0, 1e-5, 3.16e-5, 1e-4, 3.16e-4, 1e-3, 3.16e-3, 0.01, 0.0316, 0.1, 0.316, 1, 3.16];

describe('the λ axis', () => {
  const axis = lambdaAxis(LADDER, 500);

  it('puts λ = 0 at the left edge, left of the break and of every λ > 0', () => {
    expect(axis.x(0)).toBe(0);
    expect(axis.zero!.breakX).toBeGreaterThan(0);
    for (const v of LADDER.slice(1)) expect(axis.x(v)).toBeGreaterThan(axis.zero!.breakX);
    expect(axis.x(1e-5)).toBeCloseTo(50, 9);
    expect(axis.x(3.16)).toBeCloseTo(500, 9);
  });

  it('is logarithmic past the break: every decade the same width', () => {
    const decade = axis.x(1e-4) - axis.x(1e-5);
    expect(axis.x(1e-2) - axis.x(1e-3)).toBeCloseTo(decade, 9);
    expect(axis.x(1) - axis.x(0.1)).toBeCloseTo(decade, 9);
  });

  it('labels 0 and the powers of ten, fewer on a narrow chart', () => {
    expect(axis.ticks).toEqual([0, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1]);
    expect(axis.ticks.map(axis.format)).toEqual(['0', '1e-5', '1e-4', '0.001', '0.01', '0.1', '1']);
    const narrow = lambdaAxis(LADDER, 200);
    expect(narrow.ticks[0]).toBe(0);
    expect(narrow.ticks.length).toBeLessThan(axis.ticks.length);
  });

  it('has no zero place without λ = 0, and widens a single λ to a decade each side', () => {
    const noZero = lambdaAxis([0.01, 0.1], 300);
    expect(noZero.zero).toBeNull();
    expect(noZero.x(0.01)).toBeCloseTo(0, 9);
    const one = lambdaAxis([0.01], 300);
    expect(one.x(0.01)).toBeCloseTo(150, 9);
  });
});

describe('the p axis', () => {
  it('runs from p = 1 (no dropout) on the left to the smallest p on the right', () => {
    const axis = keepAxis([0.3, 0.5, 0.7, 1], 400);
    expect(axis.x(1)).toBeLessThan(axis.x(0.7));
    expect(axis.x(0.7)).toBeLessThan(axis.x(0.3));
    expect(axis.x(1)).toBeGreaterThan(0);
    expect(axis.x(0.3)).toBeLessThan(400);
    expect(axis.ticks).toEqual([0.3, 0.5, 0.7, 1]);
    expect(axis.zero).toBeNull();
  });
});

describe('nearestValue', () => {
  it('picks the swept value whose pixel is nearest', () => {
    const axis = lambdaAxis(LADDER, 500);
    expect(nearestValue(axis, LADDER, 3)).toBe(0);
    expect(nearestValue(axis, LADDER, axis.x(0.01) + 4)).toBe(0.01);
    expect(nearestValue(axis, LADDER, 10_000)).toBe(3.16);
    expect(nearestValue(axis, [], 5)).toBeNull();
  });
});

describe('formatStrength', () => {
  it('writes swept values as short as they are', () => {
    expect([0, 1e-5, 3.16e-5, 1e-4, 0.001, 0.0316, 0.5, 1, 3.16].map(formatStrength)).toEqual([
      '0',
      '1e-5',
      '3.16e-5',
      '1e-4',
      '0.001',
      '0.0316',
      '0.5',
      '1',
      '3.16',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { LogScale } from './logScale';
import { positionOf, stepLog, topPosition, valueAt } from './logScale';

const lambda: LogScale = { min: 1e-5, max: 10, zeroStop: true, stepsPerDecade: 20 };
const lr: LogScale = { min: 1e-4, max: 10, zeroStop: false, stepsPerDecade: 20 };

describe('log slider scale', () => {
  it('has a stop at exactly 0, then spans 1e-5 … 10 in equal log steps', () => {
    expect(topPosition(lambda)).toBe(121);
    expect(valueAt(lambda, 0)).toBe(0);
    expect(valueAt(lambda, 1)).toBe(1e-5);
    expect(valueAt(lambda, 21)).toBe(1e-4);
    expect(valueAt(lambda, 61)).toBe(0.01);
    expect(valueAt(lambda, 121)).toBe(10);
  });

  it('maps values back to their nearest position, clamping outside the range', () => {
    expect(positionOf(lambda, 0)).toBe(0);
    expect(positionOf(lambda, 0.001)).toBe(41);
    expect(positionOf(lambda, 0.003)).toBe(51);
    expect(valueAt(lambda, 51)).toBe(0.00316);
    expect(positionOf(lambda, 1e-9)).toBe(1);
    expect(positionOf(lambda, 100)).toBe(121);
    for (let p = 0; p <= topPosition(lambda); p++) {
      expect(positionOf(lambda, valueAt(lambda, p))).toBe(p);
    }
  });

  it('without a zero stop, position 0 is the minimum', () => {
    expect(topPosition(lr)).toBe(100);
    expect(valueAt(lr, 0)).toBe(1e-4);
    expect(valueAt(lr, 100)).toBe(10);
    expect(positionOf(lr, 0)).toBe(0);
  });

  it('steps one position up or down from any value', () => {
    expect(stepLog(lambda, 0, 1)).toBe(1e-5);
    expect(stepLog(lambda, 1e-5, -1)).toBe(0);
    expect(stepLog(lambda, 0.01, 1)).toBe(0.0112);
    expect(stepLog(lambda, 10, 1)).toBe(10);
  });
});

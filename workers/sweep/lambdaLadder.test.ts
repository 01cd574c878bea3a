import { describe, expect, it } from 'vitest';
import type { ConfigV1, RegularizerKind } from '../engine/config';
import { defaultConfig } from '../engine/config';
import { Trainer } from '../engine/trainer';
import { defaultLambdaLadder, sliderLambda } from './lambdaLadder';

function config(kind: RegularizerKind, lambda: number, hidden = [8, 8], l1Ratio = 0.5): ConfigV1 {
  const c = defaultConfig();
  c.model.hidden = hidden;
  c.regularization = { ...c.regularization, kind, lambda, l1Ratio };
  return c;
}

const SLIDER = new Set(Array.from({ length: 261 }, (_, i) => sliderLambda(i - 240)));

describe('sliderLambda', () => {
  it('gives the slider stops: 20 per decade to 3 significant digits, decades exact', () => {
    expect(sliderLambda(-100)).toBe(1e-5);
    expect(sliderLambda(-60)).toBe(0.001);
    expect(sliderLambda(-50)).toBe(0.00316);
    expect(sliderLambda(-1)).toBe(0.891);
    expect(sliderLambda(0)).toBe(1);
    expect(sliderLambda(20)).toBe(10);
    for (let k = -120; k < 20; k++) {
      const v = sliderLambda(k);
      expect(Number((10 ** (k / 20)).toPrecision(3))).toBe(v);
    }
  });
});

describe('defaultLambdaLadder', () => {
  it('is 0, then 12 log-spaced slider values from 1e-5 to where L1 kills a hidden network', () => {
    const ladder = defaultLambdaLadder(config('l1', 0.001));
    expect(ladder).toHaveLength(13);
    expect(ladder.slice(0, 2)).toEqual([0, 1e-5]);
    expect(ladder[12]).toBe(0.316);
    expect(ladder).toContain(0.001);
    for (let i = 1; i < ladder.length; i++) {
      expect(ladder[i]).toBeGreaterThan(ladder[i - 1]!);
      expect(SLIDER.has(ladder[i]!)).toBe(true);
    }
    // Evenly spaced in log: 8 or 9 slider stops apart, a factor of about 2.5 or 2.8.
    for (let i = 2; i < ladder.length; i++) {
      const ratio = ladder[i]! / ladder[i - 1]!;
      expect(ratio).toBeGreaterThan(2);
      expect(ratio).toBeLessThan(2.9);
    }
  });

  it('reaches higher for L2, and to the config limit 10 without a hidden layer', () => {
    expect(defaultLambdaLadder(config('l2', 0.001)).at(-1)).toBe(3.16);
    expect(defaultLambdaLadder(config('l1', 0.001, [])).at(-1)).toBe(10);
    expect(defaultLambdaLadder(config('l2', 0.001, [])).at(-1)).toBe(10);
  });

  it('stops elastic net where its first part dies: min(L1 top / α, L2 top / (1 − α))', () => {
    // α = 0.5: min(0.632, 6.32) = 0.632, and the first slider stop at or above it is 0.708.
    expect(defaultLambdaLadder(config('elasticnet', 0.001, [8], 0.5)).at(-1)).toBe(0.708);
    expect(defaultLambdaLadder(config('elasticnet', 0.001, [8], 1)).at(-1)).toBe(0.316);
    expect(defaultLambdaLadder(config('elasticnet', 0.001, [8], 0)).at(-1)).toBe(3.16);
  });

  it('holds the current λ exactly, widening the range when it lies outside', () => {
    const odd = defaultLambdaLadder(config('l1', 0.0042));
    expect(odd).toContain(0.0042);
    expect(odd).toHaveLength(13);
    const high = defaultLambdaLadder(config('l1', 5));
    expect(high.at(-1)).toBe(5);
    const low = defaultLambdaLadder(config('l2', 3e-6));
    expect(low.slice(0, 2)).toEqual([0, 3e-6]);
    expect(defaultLambdaLadder(config('l2', 0))).toHaveLength(13);
    for (const l of [odd, high, low]) {
      expect([...l].sort((a, b) => a - b)).toEqual(l);
      expect(new Set(l).size).toBe(l.length);
    }
  });

  it("is the config's λ alone when there is no penalty to sweep", () => {
    expect(defaultLambdaLadder(config('none', 0.01))).toEqual([0.01]);
  });

  it.each([
    ['l1', 0.316],
    ['l2', 3.16],
  ] as const)(
    'the top of the %s ladder is where the default network is dead (every weight ~0)',
    (kind, top) => {
      const c = config(kind, 0.001);
      c.epochs = 300;
      expect(defaultLambdaLadder(c).at(-1)).toBe(top);
      c.regularization.lambda = top;
      const t = new Trainer(c);
      t.step(c.epochs);
      const last = t.history.at(-1)!;
      // Spiral's classes are balanced: a dead network sits at the base rate, loss ≈ ln 2.
      expect(last.l1Norm).toBeLessThan(0.05);
      expect(Math.abs(last.valLoss! - Math.log(2))).toBeLessThan(0.01);
    },
    60_000,
  );
});

import { describe, expect, it } from 'vitest';
import { TANH_LIMIT, derivativeFromOutput, sigmoidFast, tanhFast } from './activations';

function sweep(from: number, to: number, n: number, f: (x: number) => void): void {
  for (let i = 0; i <= n; i++) f(from + ((to - from) * i) / n);
}

describe('table tanh', () => {
  it('stays within 1e-9 of Math.tanh inside ±10 and 4.2e-9 beyond', () => {
    let inside = 0;
    let outside = 0;
    sweep(-TANH_LIMIT, TANH_LIMIT, 400_000, (x) => {
      inside = Math.max(inside, Math.abs(tanhFast(x) - Math.tanh(x)));
    });
    sweep(TANH_LIMIT, 40, 10_000, (x) => {
      outside = Math.max(
        outside,
        Math.abs(tanhFast(x) - Math.tanh(x)),
        Math.abs(tanhFast(-x) - Math.tanh(-x)),
      );
    });
    expect(inside).toBeLessThan(1e-9);
    expect(outside).toBeLessThan(4.2e-9);
  });

  it('is odd to rounding, exact at 0 and never leaves (−1, 1)', () => {
    sweep(0, 12, 5_000, (x) => {
      expect(Math.abs(tanhFast(-x) + tanhFast(x))).toBeLessThan(1e-15);
      expect(Math.abs(tanhFast(x))).toBeLessThan(1);
    });
    expect(tanhFast(0)).toBe(0);
    expect(tanhFast(Infinity)).toBe(tanhFast(TANH_LIMIT));
  });

  it('propagates NaN, so a diverging run is detected rather than hidden', () => {
    expect(tanhFast(NaN)).toBeNaN();
    expect(sigmoidFast(NaN)).toBeNaN();
  });

  it('has a slope within 1.3e-7 of 1 − t², the derivative the backward pass uses', () => {
    let worst = 0;
    const h = 1e-6;
    sweep(-9.9, 9.9, 200_000, (x) => {
      const slope = (tanhFast(x + h) - tanhFast(x - h)) / (2 * h);
      worst = Math.max(worst, Math.abs(slope - derivativeFromOutput('tanh', tanhFast(x))));
    });
    expect(worst).toBeLessThan(1.3e-7);
  });
});

describe('table sigmoid', () => {
  it('stays within 2.1e-9 of the exact logistic function', () => {
    let worst = 0;
    sweep(-40, 40, 200_000, (x) => {
      worst = Math.max(worst, Math.abs(sigmoidFast(x) - 1 / (1 + Math.exp(-x))));
    });
    expect(worst).toBeLessThan(2.1e-9);
  });

  it('derivative from its output is a·(1 − a)', () => {
    const h = 1e-6;
    sweep(-8, 8, 2_000, (x) => {
      const slope = (sigmoidFast(x + h) - sigmoidFast(x - h)) / (2 * h);
      expect(Math.abs(slope - derivativeFromOutput('sigmoid', sigmoidFast(x)))).toBeLessThan(1e-7);
    });
  });
});

describe('relu and linear derivatives', () => {
  it('relu passes gradient only where the unit is active', () => {
    expect(derivativeFromOutput('relu', 0.5)).toBe(1);
    expect(derivativeFromOutput('relu', 0)).toBe(0);
    expect(derivativeFromOutput('linear', -3)).toBe(1);
  });
});

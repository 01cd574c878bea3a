// The proximal Newton solver on functions whose penalized minima are known in closed form.
import { describe, expect, it } from 'vitest';
import { minimizeInPlane, minimizeOnLine } from './planeSolver';

describe('minimizeInPlane', () => {
  it('solves a separable quadratic with L1 exactly: soft-thresholding per coordinate', () => {
    // ½(a − 2)² + 2(b − 0.1)² + 0.5(|a| + |b|): a* = 2 − 0.5, and at b = 0 the slope 4·0.1 < 0.5.
    const f = (a: number, b: number) => 0.5 * (a - 2) ** 2 + 2 * (b - 0.1) ** 2;
    const m = minimizeInPlane(f, [-1, 3], { l1: 0.5, l2: 0 });
    expect(m.status).toBe('converged');
    expect(m.a).toBeCloseTo(1.5, 9);
    expect(m.b).toBe(0);
  });

  it('solves a correlated quadratic with L1 and L2 (checked against a fine search)', () => {
    const f = (a: number, b: number) => (a - 1) ** 2 + 1.6 * (a - 1) * (b + 0.5) + (b + 0.5) ** 2;
    const pen = { l1: 0.3, l2: 0.2 };
    const m = minimizeInPlane(f, [0.2, 0.2], pen);
    const F = (a: number, b: number) =>
      f(a, b) + pen.l1 * (Math.abs(a) + Math.abs(b)) + (pen.l2 / 2) * (a * a + b * b);
    let best = Infinity;
    for (let i = -400; i <= 400; i++) {
      for (let j = -400; j <= 400; j++) best = Math.min(best, F(i / 200, j / 200));
    }
    expect(m.objective).toBeLessThanOrEqual(best + 1e-12);
    expect(m.objective).toBeCloseTo(F(m.a, m.b), 15);
  });

  it('finds a minimum of a non-convex function from where it starts', () => {
    // A double well in a, a bowl in b: from a > 0 the right well at a = 1.
    const f = (a: number, b: number) => (a * a - 1) ** 2 + (b - 0.5) ** 2;
    const m = minimizeInPlane(f, [0.2, 0], { l1: 0, l2: 0 });
    expect(m.status).toBe('converged');
    expect(m.a).toBeCloseTo(1, 7);
    expect(m.b).toBeCloseTo(0.5, 7);
  });

  it('reports a loss that keeps falling as the weights grow instead of a false minimum', () => {
    // The logistic loss of separable data: log(1 + e^−(a + b)) has no minimum.
    const f = (a: number, b: number) => Math.log1p(Math.exp(-(a + b)));
    const m = minimizeInPlane(f, [0.5, 0.5], { l1: 0, l2: 0 });
    expect(m.status).not.toBe('converged');
    // A penalty makes the minimum exist again.
    expect(minimizeInPlane(f, [0.5, 0.5], { l1: 0, l2: 0.1 }).status).toBe('converged');
  });
});

describe('minimizeOnLine', () => {
  it('sends w to exactly 0 when the slope at 0 is within ±λ, and solves it otherwise', () => {
    const f = (w: number) => 2 * (w - 0.1) ** 2; // slope at 0: −0.4
    expect(minimizeOnLine(f, 3, { l1: 0.5, l2: 0 }).w).toBe(0);
    const m = minimizeOnLine(f, 3, { l1: 0.2, l2: 0 });
    expect(m.w).toBeCloseTo(0.05, 9); // 4(w − 0.1) + 0.2 = 0
    expect(minimizeOnLine(f, -2, { l1: 0, l2: 1 }).w).toBeCloseTo(0.4 / 5, 9); // 4(w − 0.1) + w = 0
  });
});

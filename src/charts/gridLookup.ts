// Predictions at data points, read from the decision grid: the grid is what the class sees, so a
// point is marked wrong exactly when it sits on the other colour.
import type { Point } from '../../workers/contract';
import { DOMAIN } from '../../workers/contract';

/** P(class 1) of the grid cell containing (x1, x2); row 0 is the top (largest x2). */
export function probabilityAt(grid: ArrayLike<number>, n: number, x1: number, x2: number): number {
  const [lo, hi] = DOMAIN;
  const span = hi - lo;
  const col = Math.min(n - 1, Math.max(0, Math.floor(((x1 - lo) / span) * n)));
  const row = Math.min(n - 1, Math.max(0, Math.floor(((hi - x2) / span) * n)));
  return grid[row * n + col]!;
}

/** Indices of the points whose label (class 1 when ≥ ½) disagrees with the grid (P > ½). */
export function misclassified(
  points: readonly Point[],
  grid: ArrayLike<number>,
  n: number,
): number[] {
  const wrong: number[] = [];
  if (n < 1 || grid.length < n * n) return wrong;
  points.forEach(([x1, x2, label], i) => {
    if (probabilityAt(grid, n, x1, x2) > 0.5 !== label >= 0.5) wrong.push(i);
  });
  return wrong;
}

// The decision grid's points and the numbers that compare two probability maps. The layout is
// GridEvaluator's (workers/engine/evaluation.ts): cell centres of an n × n grid over the domain,
// row-major, row 0 at the top (largest x2), column 0 at the left (smallest x1), so a view's grid
// lies exactly over the boundary map.
import { DOMAIN } from '../engine/config';
import type { FeatureMap } from '../engine/features';

export const MIN_GRID = 4;
export const MAX_GRID = 256;

export function checkGridSize(n: number): void {
  if (!Number.isInteger(n) || n < MIN_GRID || n > MAX_GRID) {
    throw new Error(
      `gridSize must be a whole number from ${MIN_GRID} to ${MAX_GRID}; got ${String(n).slice(0, 20)}.`,
    );
  }
}

/** The features of the grid's n² cell centres (row-major, fm.size wide). */
export function gridFeatures(fm: FeatureMap, n: number): Float64Array {
  checkGridSize(n);
  const [lo, hi] = DOMAIN;
  const step = (hi - lo) / n;
  const xy = new Float64Array(2 * n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      xy[2 * (r * n + c)] = lo + (c + 0.5) * step;
      xy[2 * (r * n + c) + 1] = hi - (r + 0.5) * step;
    }
  }
  const X = new Float64Array(n * n * fm.size);
  fm.writeAll(xy, n * n, X);
  return X;
}

export interface Closeness {
  /** Mean |p − q| over the points. */
  meanAbsDiff: number;
  /** Fraction of points on the same side of 0.5 (the same class decision). */
  agreement: number;
}

export function closeness(p: ArrayLike<number>, q: ArrayLike<number>): Closeness {
  const n = p.length;
  if (n === 0) return { meanAbsDiff: 0, agreement: 1 };
  let diff = 0;
  let same = 0;
  for (let k = 0; k < n; k++) {
    diff += Math.abs(p[k]! - q[k]!);
    if (p[k]! > 0.5 === q[k]! > 0.5) same++;
  }
  return { meanAbsDiff: diff / n, agreement: same / n };
}

/** Accuracy of logits against 0/1 labels (class 1 when z > 0, as scoreSplit decides); NaN if empty. */
export function accuracyOfLogits(z: ArrayLike<number>, y: Float64Array): number {
  if (y.length === 0) return NaN;
  let correct = 0;
  for (let k = 0; k < y.length; k++) if (z[k]! > 0 === y[k]! >= 0.5) correct++;
  return correct / y.length;
}

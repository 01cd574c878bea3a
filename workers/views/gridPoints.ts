// Evaluating a variant of the network on the decision grid and on a split, with the engine's
// evaluation (GridEvaluator's layout: cell centres of an n × n grid over the domain, row 0 at the
// top), and the numbers that compare two probability maps.
import { sigmoidFast } from '../engine/activations';
import { GridEvaluator } from '../engine/evaluation';
import type { SplitTensors } from '../engine/evaluation';
import type { FeatureMap } from '../engine/features';
import type { NetworkLayout } from '../engine/network';
import type { Mlp } from '../engine/mlp';
import { networkCopy } from './modelState';

export const MIN_GRID = 4;
export const MAX_GRID = 256;

export function checkGridSize(n: number): void {
  if (!Number.isInteger(n) || n < MIN_GRID || n > MAX_GRID) {
    throw new Error(
      `gridSize must be a whole number from ${MIN_GRID} to ${MAX_GRID}; got ${String(n).slice(0, 20)}.`,
    );
  }
}

/** A private network and grid evaluator; load() swaps in the parameters of one variant. */
export class VariantEvaluator {
  private readonly mlp: Mlp;
  private readonly grid: GridEvaluator;
  private readonly logits: Float64Array;

  constructor(layout: NetworkLayout, fm: FeatureMap, stats: Float64Array, maxRows: number) {
    this.mlp = networkCopy(layout, { params: new Float64Array(layout.nParams), stats });
    this.grid = new GridEvaluator(fm);
    this.logits = new Float64Array(Math.max(1, maxRows));
  }

  load(params: Float64Array, stats?: Float64Array): void {
    this.mlp.params.set(params);
    if (stats) this.mlp.stats.set(stats);
    this.mlp.prepareEval();
  }

  /** P(class 1) on the n × n decision grid, as the boundary map computes it. */
  gridProbabilities(n: number, out: Float32Array = new Float32Array(n * n)): Float32Array {
    this.grid.evaluate(this.mlp, n, out);
    return out;
  }

  /** Logits of a split's rows (a view of an internal buffer: copy to keep). */
  splitLogits(s: SplitTensors): Float64Array {
    this.mlp.evalLogits(s.X, s.n, this.logits);
    return this.logits.subarray(0, s.n);
  }

  /** P(class 1) of a split's rows by the table sigmoid (the grid's). */
  splitProbabilities(s: SplitTensors): Float64Array {
    return Float64Array.from(this.splitLogits(s), sigmoidFast);
  }
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

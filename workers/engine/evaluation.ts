// Evaluation-mode measurements: loss and accuracy on a split, and the decision grid. Both run the
// same generated kernels as training (with batch norm folded in and dropout off).
import type { Point } from './config';
import { DOMAIN } from './config';
import type { FeatureMap } from './features';
import type { Mlp } from './mlp';
import { crossEntropyFromLogit } from './mlp';

/** A split as the engine uses it: raw points, their features (row-major) and labels. */
export interface SplitTensors {
  n: number;
  xy: Float64Array;
  X: Float64Array;
  y: Float64Array;
}

export function toTensors(points: readonly Point[], fm: FeatureMap): SplitTensors {
  const n = points.length;
  const xy = new Float64Array(2 * n);
  const y = new Float64Array(n);
  points.forEach((p, i) => {
    xy[2 * i] = p[0];
    xy[2 * i + 1] = p[1];
    y[i] = p[2];
  });
  const X = new Float64Array(n * fm.size);
  fm.writeAll(xy, n, X);
  return { n, xy, X, y };
}

export interface SplitScore {
  loss: number;
  accuracy: number;
}

/** Mean cross-entropy and accuracy (class 1 when P > ½). Call mlp.prepareEval() first. */
export function scoreSplit(mlp: Mlp, s: SplitTensors, logits: Float64Array): SplitScore | null {
  if (s.n === 0) return null;
  mlp.evalLogits(s.X, s.n, logits);
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < s.n; i++) {
    const z = logits[i]!;
    const y = s.y[i]!;
    loss += crossEntropyFromLogit(z, y);
    if (z > 0 === y >= 0.5) correct++;
  }
  return { loss: loss / s.n, accuracy: correct / s.n };
}

/**
 * Marks each point of a split the model gets wrong (class 1 when P > ½, as accuracy counts) with
 * a 1 in `out` from `offset`. Call mlp.prepareEval() first.
 */
export function markWrong(
  mlp: Mlp,
  s: SplitTensors,
  logits: Float64Array,
  out: Uint8Array,
  offset: number,
): void {
  if (s.n === 0) return;
  mlp.evalLogits(s.X, s.n, logits);
  for (let i = 0; i < s.n; i++) out[offset + i] = logits[i]! > 0 === s.y[i]! >= 0.5 ? 0 : 1;
}

/**
 * The decision grid: P(class 1) at the centres of an n × n grid over the domain, row-major with
 * row 0 at the top (largest x2) and column 0 at the left (smallest x1), as an image is laid out.
 * Grid features are computed once per size and reused.
 */
export class GridEvaluator {
  private size = 0;
  private features = new Float64Array(0);
  private logits = new Float64Array(0);

  constructor(private readonly fm: FeatureMap) {}

  evaluate(mlp: Mlp, n: number, out: Float32Array): void {
    if (out.length < n * n)
      throw new Error(`grid buffer holds ${out.length} values, needs ${n * n}`);
    if (n !== this.size) this.prepare(n);
    mlp.evalProbabilities(this.features, n * n, out, this.logits);
  }

  private prepare(n: number): void {
    const [lo, hi] = DOMAIN;
    const step = (hi - lo) / n;
    const xy = new Float64Array(2 * n * n);
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        xy[2 * (r * n + c)] = lo + (c + 0.5) * step;
        xy[2 * (r * n + c) + 1] = hi - (r + 0.5) * step;
      }
    }
    this.features = new Float64Array(n * n * this.fm.size);
    this.fm.writeAll(xy, n * n, this.features);
    this.logits = new Float64Array(n * n);
    this.size = n;
  }
}

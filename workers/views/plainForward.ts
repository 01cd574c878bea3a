// A forward pass written as plain loops, for the views that evaluate the network in ways the
// engine's evaluation does not: with a fixed dropout mask (a thinned network), with every hidden
// unit scaled (the "forgot to rescale" bug), or with batch norm normalizing by a batch's own
// statistics instead of the running averages. The same activations as the engine (the tanh
// table); only the order of the sums differs, so plain and engine logits agree to ~1e-15
// (plainForward.test.ts holds it). Not a hot path: the views run it on demand.
import { activate, sigmoidFast } from '../engine/activations';
import { BN_EPS } from '../engine/batchnorm';
import type { NetworkLayout } from '../engine/network';

/** The mean and variance batch norm divides by, per unit of one layer. */
export interface UnitNorm {
  mean: Float64Array;
  variance: Float64Array;
}

export interface ForwardSettings {
  /**
   * Per layer: a factor per unit multiplying the hidden layer's output after the activation (a
   * dropout mask times 1/p, or p for the rescaling bug); null or missing = 1.
   */
  unitScale?: readonly (Float64Array | null)[];
  /** Per layer with batch norm: the statistics to normalize by; null or missing = the running ones. */
  norm?: readonly (UnitNorm | null)[];
}

/** The running averages of each batch-norm layer (null for layers without it). */
export function runningNorms(layout: NetworkLayout, stats: Float64Array): (UnitNorm | null)[] {
  return layout.layers.map((L) =>
    L.gamma < 0
      ? null
      : {
          mean: stats.slice(L.runMean, L.runMean + L.nOut),
          variance: stats.slice(L.runVar, L.runVar + L.nOut),
        },
  );
}

/**
 * Logits of n rows of X (row-major, nInputs wide) into out. `stats` are the running statistics
 * (used where settings.norm gives none).
 */
export function plainLogits(
  layout: NetworkLayout,
  params: Float64Array,
  stats: Float64Array,
  X: Float64Array,
  n: number,
  out: Float64Array,
  settings: ForwardSettings = {},
): void {
  const act = layout.shape.activation;
  const running = runningNorms(layout, stats);
  const width = Math.max(...layout.layers.map((L) => L.nOut), layout.shape.nInputs);
  let input = new Float64Array(width);
  let output = new Float64Array(width);
  const nIn0 = layout.shape.nInputs;
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < nIn0; i++) input[i] = X[r * nIn0 + i]!;
    for (let l = 0; l < layout.layers.length; l++) {
      const L = layout.layers[l]!;
      const scale = settings.unitScale?.[l] ?? null;
      const norm = settings.norm?.[l] ?? running[l] ?? null;
      for (let j = 0; j < L.nOut; j++) {
        let z = params[L.b + j]!;
        for (let i = 0; i < L.nIn; i++) z += params[L.w + j * L.nIn + i]! * input[i]!;
        if (L.gamma >= 0 && norm) {
          const xhat = (z - norm.mean[j]!) / Math.sqrt(norm.variance[j]! + BN_EPS);
          z = params[L.gamma + j]! * xhat + params[L.beta + j]!;
        }
        if (L.hidden) {
          z = activate(act, z);
          if (scale) z *= scale[j]!;
        }
        output[j] = z;
      }
      [input, output] = [output, input];
    }
    out[r] = input[0]!;
  }
}

/** P(class 1) by the engine's table sigmoid (as the decision grid shows it), into a Float32Array. */
export function plainProbabilities(
  layout: NetworkLayout,
  params: Float64Array,
  stats: Float64Array,
  X: Float64Array,
  n: number,
  out: Float32Array,
  settings: ForwardSettings = {},
  scratch: Float64Array = new Float64Array(n),
): void {
  plainLogits(layout, params, stats, X, n, scratch, settings);
  for (let r = 0; r < n; r++) out[r] = sigmoidFast(scratch[r]!);
}

/**
 * Batch norm's batch statistics as training computes them for the rows `rows` of X: layer by
 * layer (a layer's statistics depend on the normalization of the layers below), the mean and the
 * biased variance of each unit's pre-activation over the batch. Dropout off.
 */
export function batchStatistics(
  layout: NetworkLayout,
  params: Float64Array,
  X: Float64Array,
  rows: Int32Array,
): (UnitNorm | null)[] {
  const B = rows.length;
  const act = layout.shape.activation;
  const nIn0 = layout.shape.nInputs;
  let A = new Float64Array(B * nIn0);
  rows.forEach((row, e) => {
    for (let i = 0; i < nIn0; i++) A[e * nIn0 + i] = X[row * nIn0 + i]!;
  });
  const norms: (UnitNorm | null)[] = [];
  for (const L of layout.layers) {
    const Z = new Float64Array(B * L.nOut);
    for (let e = 0; e < B; e++) {
      for (let j = 0; j < L.nOut; j++) {
        let z = params[L.b + j]!;
        for (let i = 0; i < L.nIn; i++) z += params[L.w + j * L.nIn + i]! * A[e * L.nIn + i]!;
        Z[e * L.nOut + j] = z;
      }
    }
    if (L.gamma >= 0) {
      const mean = new Float64Array(L.nOut);
      const variance = new Float64Array(L.nOut);
      for (let j = 0; j < L.nOut; j++) {
        let m = 0;
        for (let e = 0; e < B; e++) m += Z[e * L.nOut + j]!;
        m /= B;
        let v = 0;
        for (let e = 0; e < B; e++) {
          const d = Z[e * L.nOut + j]! - m;
          v += d * d;
        }
        mean[j] = m;
        variance[j] = v / B;
        const inv = 1 / Math.sqrt(variance[j]! + BN_EPS);
        for (let e = 0; e < B; e++) {
          const k = e * L.nOut + j;
          Z[k] = params[L.gamma + j]! * ((Z[k]! - m) * inv) + params[L.beta + j]!;
        }
      }
      norms.push({ mean, variance });
    } else {
      norms.push(null);
    }
    if (L.hidden) for (let k = 0; k < Z.length; k++) Z[k] = activate(act, Z[k]!);
    A = Z;
  }
  return norms;
}

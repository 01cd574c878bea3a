// The network evaluated in ways evaluation mode does not offer, expressed as ordinary parameters
// so the engine's own evaluation kernels (the ones the boundary map uses) compute them:
// - a hidden unit's output multiplied by s (a dropout mask times 1/p, or p for the rescaling bug)
//   is the same network with that unit's outgoing weights, the next layer's column j, times s;
// - batch norm normalizing by a batch's mean and biased variance is evaluation mode with those in
//   place of the running averages (evaluation folds whatever statistics it is given).
// batchStatistics computes a batch's statistics as training does, layer by layer.
import { activate } from '../engine/activations';
import { BN_EPS } from '../engine/batchnorm';
import type { NetworkLayout } from '../engine/network';

/** Per layer (hidden ones only), a factor per unit; null = 1. */
export type UnitScales = readonly (Float64Array | null)[];

/** A copy of params whose outgoing weights carry each hidden unit's factor. */
export function scaledParams(
  layout: NetworkLayout,
  params: Float64Array,
  scales: UnitScales,
  out: Float64Array = new Float64Array(params.length),
): Float64Array {
  out.set(params);
  layout.layers.forEach((L, l) => {
    const s = scales[l];
    const next = layout.layers[l + 1];
    if (!s || !next) return;
    for (let k = 0; k < next.nOut; k++) {
      for (let j = 0; j < L.nOut; j++)
        out[next.w + k * next.nIn + j] = params[next.w + k * next.nIn + j]! * s[j]!;
    }
  });
  return out;
}

/** The mean and variance batch norm divides by, per unit of one layer. */
export interface UnitNorm {
  mean: Float64Array;
  variance: Float64Array;
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

/** A statistics array (the layout's) holding `norms` where the running averages were. */
export function statsWith(
  layout: NetworkLayout,
  stats: Float64Array,
  norms: readonly (UnitNorm | null)[],
): Float64Array {
  const out = stats.slice();
  layout.layers.forEach((L, l) => {
    const n = norms[l];
    if (L.gamma < 0 || !n) return;
    out.set(n.mean, L.runMean);
    out.set(n.variance, L.runVar);
  });
  return out;
}

/**
 * Batch norm's batch statistics as training computes them for the rows `rows` of X: layer by
 * layer (a layer's statistics depend on the normalization below it), the mean and the biased
 * variance of each unit's pre-activation over the batch, in batchNormForward's order of
 * operations. Dropout off.
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

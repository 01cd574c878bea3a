// The whole-network kernels (netKernels.ts) as plain loops: the reference they are tested against
// bit for bit. Arithmetic order is the layer kernels' (referenceKernels.ts), row after row, so
// these in turn equal the layer-by-layer path of Mlp.
import type { Activation } from './config';
import type { TanhTable } from './activations';
import { activate, derivativeFromOutput, sigmoidFast } from './activations';

/** A dense layer's widths and parameter offsets (weights nOut × nIn row-major at w, biases at b). */
export interface NetLayerSpec {
  nIn: number;
  nOut: number;
  w: number;
  b: number;
}

/**
 * The network's weight count if every width, offset and link can be trusted by a generated kernel
 * (integers within bounds, each layer's inputs the previous layer's outputs), else null.
 */
export function chainedWeights(layers: readonly NetLayerSpec[]): number | null {
  const int = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  let weights = 0;
  for (let l = 0; l < layers.length; l++) {
    const L = layers[l]!;
    if (!int(L.nIn, 1, 64) || !int(L.nOut, 1, 64) || !int(L.w, 0, 1e6) || !int(L.b, 0, 1e6)) {
      return null;
    }
    if (l > 0 && L.nIn !== layers[l - 1]!.nOut) return null;
    weights += L.nIn * L.nOut;
  }
  return weights;
}

/**
 * Training pass over the rows R[r0], …, R[r0 + B − 1] of X (row-major) with targets Y[R[·]]:
 * writes into Gr (same layout as P) the gradient of the rows' mean cross-entropy for every weight
 * and bias. The output gradient uses the table sigmoid, as Mlp.trainBatch does. T: the tanh table.
 */
export type TrainNetKernel = (
  P: Float64Array,
  Gr: Float64Array,
  X: Float64Array,
  Y: Float64Array,
  R: Int32Array,
  r0: number,
  B: number,
  T: TanhTable,
) => void;

/** Evaluation of n rows of X: the output logit, or its table sigmoid, into out[0..n). */
export type EvalNetKernel = (
  P: Float64Array,
  X: Float64Array,
  out: Float64Array | Float32Array,
  n: number,
  T: TanhTable,
) => void;

export type NetOutput = 'logit' | 'probability';

/** Forward pass of one row `x`, hidden outputs into acts[l]; returns the output logit. */
function forwardRow(
  layers: readonly NetLayerSpec[],
  act: Activation,
  P: Float64Array,
  x: Float64Array,
  acts: Float64Array[],
): number {
  let input = x;
  let z = 0;
  for (let l = 0; l < layers.length; l++) {
    const { nIn, nOut, w, b } = layers[l]!;
    const last = l === layers.length - 1;
    for (let j = 0; j < nOut; j++) {
      z = P[b + j]!;
      for (let i = 0; i < nIn; i++) z += P[w + j * nIn + i]! * input[i]!;
      if (!last) acts[l]![j] = activate(act, z);
    }
    input = acts[l]!;
  }
  return z;
}

export function referenceTrainNet(
  layers: readonly NetLayerSpec[],
  act: Activation,
): TrainNetKernel {
  const x = new Float64Array(layers[0]!.nIn);
  const acts = layers.map((L) => new Float64Array(L.nOut));
  const deltas = layers.map((L) => new Float64Array(L.nOut));
  return (P, Gr, X, Y, R, r0, B) => {
    for (const { nIn, nOut, w, b } of layers) {
      Gr.fill(0, w, w + nIn * nOut);
      Gr.fill(0, b, b + nOut);
    }
    const L = layers.length - 1;
    for (let e = 0; e < B; e++) {
      const r = R[r0 + e]!;
      for (let i = 0; i < x.length; i++) x[i] = X[r * x.length + i]!;
      const z = forwardRow(layers, act, P, x, acts);
      deltas[L]![0] = (sigmoidFast(z) - Y[r]!) / B;
      for (let l = L; l >= 0; l--) {
        const { nIn, nOut, w, b } = layers[l]!;
        const input = l > 0 ? acts[l - 1]! : x;
        const d = deltas[l]!;
        for (let j = 0; j < nOut; j++) {
          Gr[b + j] = Gr[b + j]! + d[j]!;
          for (let i = 0; i < nIn; i++) {
            const k = w + j * nIn + i;
            Gr[k] = Gr[k]! + d[j]! * input[i]!;
          }
        }
        if (l === 0) continue;
        for (let i = 0; i < nIn; i++) {
          let s = d[0]! * P[w + i]!;
          for (let j = 1; j < nOut; j++) s += d[j]! * P[w + j * nIn + i]!;
          deltas[l - 1]![i] = s * derivativeFromOutput(act, input[i]!);
        }
      }
    }
  };
}

export function referenceEvalNet(
  layers: readonly NetLayerSpec[],
  act: Activation,
  output: NetOutput,
): EvalNetKernel {
  const x = new Float64Array(layers[0]!.nIn);
  const acts = layers.map((L) => new Float64Array(L.nOut));
  return (P, X, out, n) => {
    for (let e = 0; e < n; e++) {
      for (let i = 0; i < x.length; i++) x[i] = X[e * x.length + i]!;
      const z = forwardRow(layers, act, P, x, acts);
      out[e] = output === 'probability' ? sigmoidFast(z) : z;
    }
  };
}

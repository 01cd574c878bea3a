// The plain-loop kernels: the reference the generated kernels (kernels.ts) are tested against,
// and the fallback for layers too large to unroll. Their arithmetic order is the generated one
// (bias first, then inputs in order; gradients summed over examples in order), so both agree to
// the last bit.
import type { Activation } from './config';
import type { KernelActivation, TanhTable } from './activations';
import { activate, derivativeFromOutput } from './activations';

/**
 * One dense layer forward over a batch of B rows: A = act(X·Wᵀ + b), and D = A ⊙ M when the
 * layer has dropout (M holds 0 or 1/p per unit), else D is not written.
 * Weights are P[wo + j·nIn + i] (row j = output unit), biases P[bo + j].
 */
export type ForwardKernel = (
  P: Float64Array,
  wo: number,
  bo: number,
  X: Float64Array,
  A: Float64Array,
  D: Float64Array,
  M: Float64Array,
  B: number,
  T: TanhTable,
) => void;

/**
 * One dense layer backward: given G = ∂L/∂Z (B × nOut) and the layer's input X, writes the weight
 * and bias gradients into Gr (same layout as P), and, unless this is the first layer,
 * Gp = (G·W) ⊙ Mp ⊙ act′(Ap): the gradient at the previous layer's activation input, through its
 * dropout mask Mp and its activation (whose outputs Ap are kept).
 */
export type BackwardKernel = (
  P: Float64Array,
  wo: number,
  bo: number,
  Gr: Float64Array,
  G: Float64Array,
  X: Float64Array,
  Gp: Float64Array,
  Ap: Float64Array,
  Mp: Float64Array,
  B: number,
) => void;

export interface ForwardSpec {
  nIn: number;
  nOut: number;
  act: KernelActivation;
  dropout: boolean;
}

export interface BackwardSpec {
  nIn: number;
  nOut: number;
  /** The previous layer's activation, or 'none' for the first layer (no input gradient needed). */
  prevAct: Activation | 'none';
  prevDropout: boolean;
}

export function referenceForward(spec: ForwardSpec): ForwardKernel {
  const { nIn, nOut, act, dropout } = spec;
  return (P, wo, bo, X, A, D, M, B) => {
    for (let e = 0; e < B; e++) {
      for (let j = 0; j < nOut; j++) {
        let z = P[bo + j]!;
        for (let i = 0; i < nIn; i++) z += P[wo + j * nIn + i]! * X[e * nIn + i]!;
        const v = activate(act, z);
        A[e * nOut + j] = v;
        if (dropout) D[e * nOut + j] = v * M[e * nOut + j]!;
      }
    }
  };
}

export function referenceBackward(spec: BackwardSpec): BackwardKernel {
  const { nIn, nOut, prevAct, prevDropout } = spec;
  return (P, wo, bo, Gr, G, X, Gp, Ap, Mp, B) => {
    for (let j = 0; j < nOut; j++) {
      let gb = 0;
      for (let e = 0; e < B; e++) gb += G[e * nOut + j]!;
      Gr[bo + j] = gb;
      for (let i = 0; i < nIn; i++) {
        let g = 0;
        for (let e = 0; e < B; e++) g += G[e * nOut + j]! * X[e * nIn + i]!;
        Gr[wo + j * nIn + i] = g;
      }
    }
    if (prevAct === 'none') return;
    for (let e = 0; e < B; e++) {
      for (let i = 0; i < nIn; i++) {
        let s = G[e * nOut]! * P[wo + i]!;
        for (let j = 1; j < nOut; j++) s += G[e * nOut + j]! * P[wo + j * nIn + i]!;
        s *= derivativeFromOutput(prevAct, Ap[e * nIn + i]!);
        if (prevDropout) s *= Mp[e * nIn + i]!;
        Gp[e * nIn + i] = s;
      }
    }
  };
}

// Where every parameter lives. All trainable parameters share one Float64Array (weights, biases,
// batch-norm γ and β), so the optimizer, snapshots and early stopping's best copy are single loops
// or single `set` calls; `weightRanges` marks the part the penalty applies to (weights only).
import type { Activation } from './config';
import type { ModelExport } from './runExport';
import type { Rng } from './rng';

export interface LayerLayout {
  nIn: number;
  nOut: number;
  /** Offsets into the parameter array: weights (nOut × nIn, row = output unit), biases. */
  w: number;
  b: number;
  /** Batch-norm γ and β offsets, and running mean/var offsets into the stats array; −1 without BN. */
  gamma: number;
  beta: number;
  runMean: number;
  runVar: number;
  hidden: boolean;
}

export interface NetworkShape {
  nInputs: number;
  hidden: readonly number[];
  activation: Activation;
  batchNorm: boolean;
}

export class NetworkLayout {
  readonly layers: LayerLayout[] = [];
  readonly nParams: number;
  readonly nStats: number;
  readonly nWeights: number;
  /** [start, end) pairs of the weight blocks, the only parameters that are penalized. */
  readonly weightRanges: number[] = [];

  constructor(readonly shape: NetworkShape) {
    const widths = [shape.nInputs, ...shape.hidden, 1];
    let p = 0;
    let s = 0;
    let nWeights = 0;
    for (let l = 0; l + 1 < widths.length; l++) {
      const nIn = widths[l]!;
      const nOut = widths[l + 1]!;
      const hidden = l + 2 < widths.length;
      const bn = hidden && shape.batchNorm;
      const layer: LayerLayout = {
        nIn,
        nOut,
        w: p,
        b: p + nIn * nOut,
        gamma: bn ? p + nIn * nOut + nOut : -1,
        beta: bn ? p + nIn * nOut + 2 * nOut : -1,
        runMean: bn ? s : -1,
        runVar: bn ? s + nOut : -1,
        hidden,
      };
      this.weightRanges.push(p, p + nIn * nOut);
      nWeights += nIn * nOut;
      p += nIn * nOut + nOut + (bn ? 2 * nOut : 0);
      s += bn ? 2 * nOut : 0;
      this.layers.push(layer);
    }
    this.nParams = p;
    this.nStats = s;
    this.nWeights = nWeights;
  }

  /**
   * Glorot-uniform weights for tanh, sigmoid and linear units, He-normal for ReLU (fan-in
   * scaling keeps the signal's variance through the layers); zero biases; γ = 1, β = 0;
   * running mean 0 and variance 1 (PyTorch's initial state).
   */
  initialize(params: Float64Array, stats: Float64Array, rng: Rng): void {
    params.fill(0);
    for (const L of this.layers) {
      const relu = L.hidden && this.shape.activation === 'relu';
      const limit = Math.sqrt(6 / (L.nIn + L.nOut));
      const std = Math.sqrt(2 / L.nIn);
      for (let k = 0; k < L.nIn * L.nOut; k++) {
        params[L.w + k] = relu ? std * rng.normal() : rng.uniform(-limit, limit);
      }
      if (L.gamma >= 0) {
        params.fill(1, L.gamma, L.gamma + L.nOut);
        stats.fill(0, L.runMean, L.runMean + L.nOut);
        stats.fill(1, L.runVar, L.runVar + L.nOut);
      }
    }
  }

  /** Plain arrays for the run export (weights[out][in]). */
  toExport(inputs: readonly string[], params: Float64Array, stats: Float64Array): ModelExport {
    return {
      inputs: [...inputs],
      layers: this.layers.map((L) => {
        const weights: number[][] = [];
        for (let j = 0; j < L.nOut; j++) {
          weights.push(Array.from(params.subarray(L.w + j * L.nIn, L.w + (j + 1) * L.nIn)));
        }
        const biases = Array.from(params.subarray(L.b, L.b + L.nOut));
        if (L.gamma < 0) return { weights, biases };
        return {
          weights,
          biases,
          batchNorm: {
            gamma: Array.from(params.subarray(L.gamma, L.gamma + L.nOut)),
            beta: Array.from(params.subarray(L.beta, L.beta + L.nOut)),
            runningMean: Array.from(stats.subarray(L.runMean, L.runMean + L.nOut)),
            runningVar: Array.from(stats.subarray(L.runVar, L.runVar + L.nOut)),
          },
        };
      }),
    };
  }
}

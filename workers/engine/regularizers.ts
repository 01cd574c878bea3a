// Penalties on weights only (never biases or batch-norm γ, β), in the textbook's form:
//   L1          λ·Σ|w|
//   L2          (λ/2)·Σw²
//   elastic net λ·(α·Σ|w| + (1−α)/2·Σw²),  α = l1Ratio
import type { RegularizationConfig } from './config';

/** The L1 and L2 coefficients: penalty = l1·Σ|w| + (l2/2)·Σw². */
export interface PenaltyWeights {
  l1: number;
  l2: number;
}

export function penaltyWeights(reg: RegularizationConfig): PenaltyWeights {
  switch (reg.kind) {
    case 'l1':
      return { l1: reg.lambda, l2: 0 };
    case 'l2':
      return { l1: 0, l2: reg.lambda };
    case 'elasticnet':
      return { l1: reg.lambda * reg.l1Ratio, l2: reg.lambda * (1 - reg.l1Ratio) };
    default:
      return { l1: 0, l2: 0 };
  }
}

export interface WeightStats {
  /** Σ|w| */
  l1Norm: number;
  /** Σw² */
  sumSquares: number;
  /** Weights exactly equal to 0. */
  zeros: number;
  count: number;
}

/** One pass over the weight blocks ([start, end) pairs) of a parameter array. */
export function weightStats(params: Float64Array, ranges: readonly number[]): WeightStats {
  let l1Norm = 0;
  let sumSquares = 0;
  let zeros = 0;
  let count = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    for (let i = ranges[r]!; i < ranges[r + 1]!; i++) {
      const w = params[i]!;
      l1Norm += Math.abs(w);
      sumSquares += w * w;
      if (w === 0) zeros++;
    }
    count += ranges[r + 1]! - ranges[r]!;
  }
  return { l1Norm, sumSquares, zeros, count };
}

export function penaltyValue(pw: PenaltyWeights, s: WeightStats): number {
  return pw.l1 * s.l1Norm + (pw.l2 / 2) * s.sumSquares;
}

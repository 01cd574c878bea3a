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
  return { l1: l1Coefficient(reg), l2: l2Coefficient(reg) };
}

/** penaltyWeights(reg).l1 without the object (the optimizer asks for it every step). */
export function l1Coefficient(reg: RegularizationConfig): number {
  if (reg.kind === 'l1') return reg.lambda;
  return reg.kind === 'elasticnet' ? reg.lambda * reg.l1Ratio : 0;
}

export function l2Coefficient(reg: RegularizationConfig): number {
  if (reg.kind === 'l2') return reg.lambda;
  return reg.kind === 'elasticnet' ? reg.lambda * (1 - reg.l1Ratio) : 0;
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

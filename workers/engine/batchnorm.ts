// Batch normalization before the activation, with PyTorch's conventions: training normalizes by
// the batch mean and the biased batch variance; the running averages move by momentum 0.1 and
// track the unbiased variance; evaluation uses the running averages (folded into the preceding
// weights, see foldBatchNorm), so a prediction never depends on which other points share its batch.

export const BN_MOMENTUM = 0.1;
export const BN_EPS = 1e-5;

/**
 * Normalizes Z (B × n, row-major) in place per unit, writes xhat and 1/σ, then Y = γ·xhat + β
 * into Z. Updates the running mean and variance (stats[mo..], stats[vo..]).
 */
export function batchNormForward(
  Z: Float64Array,
  xhat: Float64Array,
  invStd: Float64Array,
  P: Float64Array,
  go: number,
  beo: number,
  stats: Float64Array,
  mo: number,
  vo: number,
  n: number,
  B: number,
): void {
  for (let j = 0; j < n; j++) {
    let mean = 0;
    for (let e = 0; e < B; e++) mean += Z[e * n + j]!;
    mean /= B;
    let v = 0;
    for (let e = 0; e < B; e++) {
      const d = Z[e * n + j]! - mean;
      v += d * d;
    }
    const variance = v / B;
    const inv = 1 / Math.sqrt(variance + BN_EPS);
    invStd[j] = inv;
    const gamma = P[go + j]!;
    const beta = P[beo + j]!;
    for (let e = 0; e < B; e++) {
      const xh = (Z[e * n + j]! - mean) * inv;
      xhat[e * n + j] = xh;
      Z[e * n + j] = gamma * xh + beta;
    }
    const unbiased = B > 1 ? v / (B - 1) : variance;
    stats[mo + j] = (1 - BN_MOMENTUM) * stats[mo + j]! + BN_MOMENTUM * mean;
    stats[vo + j] = (1 - BN_MOMENTUM) * stats[vo + j]! + BN_MOMENTUM * unbiased;
  }
}

/**
 * Turns dY (B × n, in place) into dZ, and writes ∂L/∂γ and ∂L/∂β into Gr. The standard result:
 * dZ = (γ/σ)/B · (B·dY − ΣdY − xhat·Σ(dY·xhat)).
 */
export function batchNormBackward(
  dY: Float64Array,
  xhat: Float64Array,
  invStd: Float64Array,
  P: Float64Array,
  go: number,
  Gr: Float64Array,
  gamo: number,
  beo: number,
  n: number,
  B: number,
): void {
  for (let j = 0; j < n; j++) {
    let sumDy = 0;
    let sumDyXhat = 0;
    for (let e = 0; e < B; e++) {
      const dy = dY[e * n + j]!;
      sumDy += dy;
      sumDyXhat += dy * xhat[e * n + j]!;
    }
    Gr[gamo + j] = sumDyXhat;
    Gr[beo + j] = sumDy;
    const k = (P[go + j]! * invStd[j]!) / B;
    for (let e = 0; e < B; e++) {
      const i = e * n + j;
      dY[i] = k * (B * dY[i]! - sumDy - xhat[i]! * sumDyXhat);
    }
  }
}

/**
 * Evaluation-mode batch norm is an affine map per unit, so it folds into the layer:
 * W′ = s·W, b′ = s·(b − μ) + β with s = γ/√(σ²_running + ε). Writes into Pe (same layout as P).
 */
export function foldBatchNorm(
  P: Float64Array,
  Pe: Float64Array,
  wo: number,
  bo: number,
  go: number,
  beo: number,
  stats: Float64Array,
  mo: number,
  vo: number,
  nIn: number,
  nOut: number,
): void {
  for (let j = 0; j < nOut; j++) {
    const s = P[go + j]! / Math.sqrt(stats[vo + j]! + BN_EPS);
    for (let i = 0; i < nIn; i++) Pe[wo + j * nIn + i] = s * P[wo + j * nIn + i]!;
    Pe[bo + j] = s * (P[bo + j]! - stats[mo + j]!) + P[beo + j]!;
  }
}

// Data augmentation of training batches, drawn fresh for every batch of every epoch and never
// applied to validation or test points. Transforms act on the raw (x1, x2) points, before the
// features are computed, so what the network is fed can be drawn in the plane. Order: flip,
// rotate, scale, jitter, then mixup between points of the same batch (soft labels).
import type { AugmentationConfig } from './config';
import type { Rng } from './rng';
import { cos, sin } from './detMath';

export function augmentationActive(a: AugmentationConfig): boolean {
  return a.jitter > 0 || a.rotate > 0 || a.flip !== 'none' || a.scale > 0 || a.mixup > 0;
}

/**
 * Transforms B points in place: xy holds x1, x2 interleaved, y the labels (soft after mixup).
 * `mixXY`/`mixY` are scratch buffers of the same sizes.
 */
export function augmentBatch(
  xy: Float64Array,
  y: Float64Array,
  B: number,
  a: AugmentationConfig,
  rng: Rng,
  mixXY: Float64Array,
  mixY: Float64Array,
): void {
  const flipH = a.flip === 'horizontal' || a.flip === 'both';
  const flipV = a.flip === 'vertical' || a.flip === 'both';
  const maxAngle = (a.rotate * Math.PI) / 180;
  for (let e = 0; e < B; e++) {
    let x1 = xy[2 * e]!;
    let x2 = xy[2 * e + 1]!;
    if (flipH && rng.float() < 0.5) x1 = -x1;
    if (flipV && rng.float() < 0.5) x2 = -x2;
    if (maxAngle > 0) {
      const t = rng.uniform(-maxAngle, maxAngle);
      const c = cos(t);
      const s = sin(t);
      const r1 = c * x1 - s * x2;
      x2 = s * x1 + c * x2;
      x1 = r1;
    }
    if (a.scale > 0) {
      const f = rng.uniform(1 - a.scale, 1 + a.scale);
      x1 *= f;
      x2 *= f;
    }
    if (a.jitter > 0) {
      x1 += a.jitter * rng.normal();
      x2 += a.jitter * rng.normal();
    }
    xy[2 * e] = x1;
    xy[2 * e + 1] = x2;
  }
  if (a.mixup > 0 && B > 1) {
    // Each point mixes with a random partner of the batch: x = λ·xᵢ + (1−λ)·xⱼ, same for y.
    for (let e = 0; e < B; e++) {
      const j = rng.int(B);
      const lam = rng.betaSymmetric(a.mixup);
      mixXY[2 * e] = lam * xy[2 * e]! + (1 - lam) * xy[2 * j]!;
      mixXY[2 * e + 1] = lam * xy[2 * e + 1]! + (1 - lam) * xy[2 * j + 1]!;
      mixY[e] = lam * y[e]! + (1 - lam) * y[j]!;
    }
    xy.set(mixXY.subarray(0, 2 * B));
    y.set(mixY.subarray(0, B));
  }
}

// Fills a training batch from the shuffled order: copies the feature rows, or, with augmentation,
// transforms the raw points and computes their features, recording what the network was fed.
import type { AugmentationConfig } from './config';
import { augmentBatch } from './augmentation';
import type { SplitTensors } from './evaluation';
import type { FeatureMap } from './features';
import type { Rng } from './rng';

export class BatchFeeder {
  /** The batch's features (rows × features) and targets (soft after mixup). */
  X = new Float64Array(0);
  Y = new Float64Array(0);
  private xy = new Float64Array(0);
  private mixXY = new Float64Array(0);
  private mixY = new Float64Array(0);

  constructor(
    private readonly split: SplitTensors,
    private readonly features: FeatureMap,
  ) {}

  /** Buffers for batches of up to `rows` rows (grown, never shrunk). */
  ensure(rows: number): void {
    if (this.Y.length >= rows) return;
    this.X = new Float64Array(rows * this.features.size);
    this.Y = new Float64Array(rows);
    this.xy = new Float64Array(2 * rows);
    this.mixXY = new Float64Array(2 * rows);
    this.mixY = new Float64Array(rows);
  }

  /** The rows order[start .. start + rows) as they are. */
  gather(order: Int32Array, start: number, rows: number): void {
    const { X, y } = this.split;
    const nf = this.features.size;
    for (let r = 0; r < rows; r++) {
      const i = order[start + r]!;
      this.Y[r] = y[i]!;
      for (let f = 0; f < nf; f++) this.X[r * nf + f] = X[i * nf + f]!;
    }
  }

  /**
   * The same rows augmented; each row's (x1, x2, soft label) also goes to `augmented` at the
   * row's place in the epoch, so the page can draw what the network was fed.
   */
  gatherAugmented(
    order: Int32Array,
    start: number,
    rows: number,
    a: AugmentationConfig,
    rng: Rng,
    augmented: Float64Array,
  ): void {
    const { xy, y } = this.split;
    for (let r = 0; r < rows; r++) {
      const i = order[start + r]!;
      this.xy[2 * r] = xy[2 * i]!;
      this.xy[2 * r + 1] = xy[2 * i + 1]!;
      this.Y[r] = y[i]!;
    }
    augmentBatch(this.xy, this.Y, rows, a, rng, this.mixXY, this.mixY);
    this.features.writeAll(this.xy, rows, this.X);
    for (let r = 0; r < rows; r++) {
      const k = 3 * (start + r);
      augmented[k] = this.xy[2 * r]!;
      augmented[k + 1] = this.xy[2 * r + 1]!;
      augmented[k + 2] = this.Y[r]!;
    }
  }
}

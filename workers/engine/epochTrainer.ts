// One epoch's batches: the shuffled order, batches of the configured size (a lone last row joins
// the batch before it, as batch norm needs two), the rows read in place, gathered or augmented,
// dropout masks, and the optimizer's step after each batch. Where the Mlp has it, the shuffled
// SGD or momentum epoch runs in one WebAssembly call instead, with the same bits.
import type { ConfigV1 } from './config';
import { augmentationActive } from './augmentation';
import { BatchFeeder } from './batchFeeder';
import type { SplitTensors } from './evaluation';
import type { FeatureMap } from './features';
import type { Mlp } from './mlp';
import type { Optimizer } from './optimizer';
import type { Rng } from './rng';

export class EpochTrainer {
  /** The augmented training points of the last epoch (x1, x2, soft label) in batch order. */
  readonly augmented: Float64Array;
  augmentedCount = 0;
  private readonly rngBatch: Rng;
  private readonly rngDropout: Rng;
  private readonly rngAugment: Rng;
  /** The training rows' order, shuffled in place every epoch (each shuffle starts from the last). */
  private readonly order: Int32Array;
  private readonly feeder: BatchFeeder;

  /** `training`: the run's training stream, whose children draw the batches, masks, augmentation. */
  constructor(
    private readonly split: SplitTensors,
    features: FeatureMap,
    training: Rng,
  ) {
    this.feeder = new BatchFeeder(split, features);
    this.rngBatch = training.fork('batch');
    this.rngDropout = training.fork('dropout');
    this.rngAugment = training.fork('augment');
    this.order = Int32Array.from({ length: split.n }, (_, i) => i);
    this.augmented = new Float64Array(3 * split.n);
  }

  /** One epoch of `c`'s training on `mlp`; `batchRows`: the largest batch's rows. */
  run(c: ConfigV1, mlp: Mlp, optimizer: Optimizer, batchRows: number): void {
    const n = this.split.n;
    const B = c.optimizer.batchSize === 0 ? n : Math.min(c.optimizer.batchSize, n);
    const augment = augmentationActive(c.augmentation);
    const keep = c.model.dropoutKeep;
    const dropout = keep < 1;
    const settings = {
      kind: c.optimizer.kind,
      learningRate: c.optimizer.learningRate,
      regularization: c.regularization,
    };
    if (B === n && !augment) {
      // Full batch: the order does not matter, so feed the split as it is.
      if (dropout) mlp.sampleDropout(keep, n, this.rngDropout);
      mlp.trainBatch(this.split.X, this.split.y, n, dropout, false);
      optimizer.step(mlp.params, mlp.grads, settings);
      this.augmentedCount = 0;
      return;
    }
    // The fused kernel reads the shuffled rows through the order itself: no per-batch copy.
    const inPlace = !augment && !dropout && mlp.canTrainRows;
    this.feeder.ensure(batchRows);
    this.rngBatch.shuffle(this.order);
    this.augmentedCount = augment ? n : 0;
    const epoch = inPlace && c.optimizer.kind !== 'adam' ? mlp.epochKernel : null;
    if (epoch) {
      // The whole epoch in WebAssembly: batches, each followed by the update, in one call.
      epoch(
        this.split.X,
        this.split.y,
        n,
        this.order,
        B,
        optimizer.sgdSteps(settings, batches(n, B))!,
      );
      return;
    }
    for (let start = 0; start < n; start += B) {
      let end = Math.min(n, start + B);
      if (n - end === 1) end = n;
      const rows = end - start;
      if (inPlace) {
        mlp.trainRows(this.split.X, this.split.y, this.order, start, rows);
      } else {
        if (augment) {
          const a = c.augmentation;
          this.feeder.gatherAugmented(this.order, start, rows, a, this.rngAugment, this.augmented);
        } else {
          this.feeder.gather(this.order, start, rows);
        }
        if (dropout) mlp.sampleDropout(keep, rows, this.rngDropout);
        mlp.trainBatch(this.feeder.X, this.feeder.Y, rows, dropout, false);
      }
      optimizer.step(mlp.params, mlp.grads, settings);
      if (end === n) break;
    }
  }
}

/** How many batches an epoch cuts n rows into: B at a time, a lone last row joining the last. */
export function batches(n: number, B: number): number {
  let count = 0;
  for (let start = 0; start < n; start += B) {
    count++;
    const end = Math.min(n, start + B);
    if (n - end <= 1) break;
  }
  return count;
}

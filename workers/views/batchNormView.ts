// Batch norm, training vs evaluation. In training each example is normalized by the mean and
// variance of the mini-batch it happens to share, so its prediction depends on its batch mates:
// noise, which regularizes. Evaluation normalizes by the running averages instead. This view
// draws the boundary under one batch's statistics beside the one under the running averages,
// lists both sets of statistics per layer, and measures how far the two predictions differ;
// batchNormNoise averages that difference over several random batches per size (smaller batches,
// noisier statistics, larger difference).
import type { Trainer } from '../engine/trainer';
import type { Closeness } from './gridPoints';
import { VariantEvaluator, checkGridSize, closeness } from './gridPoints';
import type { ModelState } from './modelState';
import { captureState, viewStream } from './modelState';
import type { UnitNorm } from './networkVariants';
import { batchStatistics, runningNorms, statsWith } from './networkVariants';

export interface BatchNormOptions {
  /** Rows of the training split (0-based) that form the batch; default a random batch. */
  rows?: readonly number[] | Int32Array;
  /** Size of the random batch; default the run's batch size (the whole split for 0). */
  batchSize?: number;
  /** Which reproducible random batch: 0, 1, 2, … */
  draw?: number;
  /** Grid cells per side (default 64). */
  gridSize?: number;
}

export interface BatchNormLayerStats {
  layer: number;
  runningMean: Float64Array;
  runningVar: Float64Array;
  batchMean: Float64Array;
  /** The biased batch variance: what training divides by. */
  batchVar: Float64Array;
  /** The unbiased one: what the running variance averages. */
  batchVarUnbiased: Float64Array;
}

export interface BatchNormView {
  gridSize: number;
  /** The batch's rows in the training split. */
  rows: Int32Array;
  /** P(class 1) with every point normalized by the batch's statistics (decision grid layout). */
  batchGrid: Float32Array;
  /** P(class 1) under the running averages: the evaluation the boundary map shows. */
  evalGrid: Float32Array;
  layers: BatchNormLayerStats[];
  /** Batch-statistics predictions against running-average ones, on the grid and on validation. */
  difference: { grid: Closeness; validation: Closeness };
}

function requireBatchNorm(trainer: Trainer): void {
  if (!trainer.layout.shape.batchNorm) {
    throw new Error(
      'This model has no batch norm: turn on model.batchNorm (and start a new run) to compare ' +
        'batch statistics with the running averages.',
    );
  }
}

/** B distinct training rows from the view's own stream (a partial Fisher–Yates shuffle). */
function randomRows(trainer: Trainer, size: number, label: string, draw: number): Int32Array {
  const n = trainer.train.n;
  if (!Number.isInteger(size) || size < 2 || size > n) {
    throw new Error(
      `A batch needs from 2 to ${n} training rows (batch norm needs two); got ${String(size).slice(0, 20)}.`,
    );
  }
  const rng = viewStream(trainer.config.seed, label, draw);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order.slice(0, size);
}

function checkRows(trainer: Trainer, rows: readonly number[] | Int32Array): Int32Array {
  const n = trainer.train.n;
  const bad = Array.from(rows).find((r) => !Number.isInteger(r) || r < 0 || r >= n);
  if (rows.length < 2 || bad !== undefined) {
    throw new Error(
      `rows must list at least two training rows, each a whole number from 0 to ${n - 1}` +
        (bad !== undefined ? `; got ${String(bad).slice(0, 20)}.` : '.'),
    );
  }
  return Int32Array.from(rows);
}

interface Predictions {
  grid: Float32Array;
  validation: Float64Array;
}

/** Evaluation mode with the given statistics: the grid's and the validation points' P(class 1). */
function predictions(
  net: VariantEvaluator,
  trainer: Trainer,
  params: Float64Array,
  stats: Float64Array,
  n: number,
): Predictions {
  net.load(params, stats);
  return { grid: net.gridProbabilities(n), validation: net.splitProbabilities(trainer.val) };
}

/** [under the batch's statistics, under the running averages]. */
function bothWays(
  net: VariantEvaluator,
  trainer: Trainer,
  state: ModelState,
  norms: readonly (UnitNorm | null)[],
  n: number,
): [Predictions, Predictions] {
  const withBatch = statsWith(trainer.layout, state.stats, norms);
  return [
    predictions(net, trainer, state.params, withBatch, n),
    predictions(net, trainer, state.params, state.stats, n),
  ];
}

const evaluatorFor = (trainer: Trainer, state: ModelState) =>
  new VariantEvaluator(trainer.layout, trainer.features, state.stats, trainer.val.n);

export function batchNormView(trainer: Trainer, options: BatchNormOptions = {}): BatchNormView {
  requireBatchNorm(trainer);
  const state = captureState(trainer);
  const layout = trainer.layout;
  const configured = trainer.config.optimizer.batchSize;
  const size = options.batchSize ?? (configured === 0 ? trainer.train.n : configured);
  const rows = options.rows
    ? checkRows(trainer, options.rows)
    : randomRows(trainer, Math.min(size, trainer.train.n), 'bn-batch', options.draw ?? 0);
  const norms = batchStatistics(layout, state.params, trainer.train.X, rows);
  const averages = runningNorms(layout, state.stats);
  const n = options.gridSize ?? 64;
  checkGridSize(n);
  const [batch, running] = bothWays(evaluatorFor(trainer, state), trainer, state, norms, n);
  const B = rows.length;
  const layers: BatchNormLayerStats[] = [];
  norms.forEach((norm, l) => {
    const run = averages[l];
    if (!norm || !run) return;
    layers.push({
      layer: l,
      runningMean: run.mean,
      runningVar: run.variance,
      batchMean: norm.mean,
      batchVar: norm.variance,
      batchVarUnbiased: norm.variance.map((v) => (v * B) / (B - 1)),
    });
  });
  return {
    gridSize: n,
    rows,
    batchGrid: batch.grid,
    evalGrid: running.grid,
    layers,
    difference: {
      grid: closeness(batch.grid, running.grid),
      validation: closeness(batch.validation, running.validation),
    },
  };
}

export interface BatchNormNoiseOptions {
  /** Batch sizes to try (each from 2 to the training split's size). */
  sizes: readonly number[];
  /** Random batches per size (default 8). */
  draws?: number;
  /** Grid cells per side for the grid's difference (default 32). */
  gridSize?: number;
}

export interface BatchNormNoise {
  sizes: Int32Array;
  /** Mean |Δprob| between batch and running statistics, averaged over the draws, per size. */
  validation: Float64Array;
  grid: Float64Array;
}

/** The train/eval difference against batch size: the noise batch norm adds, shrinking with size. */
export function batchNormNoise(trainer: Trainer, options: BatchNormNoiseOptions): BatchNormNoise {
  requireBatchNorm(trainer);
  const draws = options.draws ?? 8;
  if (!Number.isInteger(draws) || draws < 1 || draws > 256) {
    throw new Error(
      `draws must be a whole number from 1 to 256; got ${String(draws).slice(0, 20)}.`,
    );
  }
  const state = captureState(trainer);
  const n = options.gridSize ?? 32;
  checkGridSize(n);
  const net = evaluatorFor(trainer, state);
  const out: BatchNormNoise = {
    sizes: Int32Array.from(options.sizes),
    validation: new Float64Array(options.sizes.length),
    grid: new Float64Array(options.sizes.length),
  };
  options.sizes.forEach((size, s) => {
    for (let d = 0; d < draws; d++) {
      const rows = randomRows(trainer, size, `bn-noise:${size}`, d);
      const norms = batchStatistics(trainer.layout, state.params, trainer.train.X, rows);
      const [batch, running] = bothWays(net, trainer, state, norms, n);
      out.grid[s]! += closeness(batch.grid, running.grid).meanAbsDiff / draws;
      out.validation[s]! += closeness(batch.validation, running.validation).meanAbsDiff / draws;
    }
  });
  return out;
}

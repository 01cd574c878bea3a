// One training run: data, network, optimizer and the per-epoch record. Step-wise, so a worker
// can train in time slices and change hyperparameters between steps without a reset.
import type { ConfigV1, Point } from './config';
import { generatePoints, pinnedSplits, splitPoints } from './datasets';
import type { SplitPoints } from './datasets';
import { EarlyStopper } from './earlyStopping';
import { EpochTrainer } from './epochTrainer';
import type { SplitTensors } from './evaluation';
import { GridEvaluator, markWrong, scoreSplit, toTensors } from './evaluation';
import { FeatureMap } from './features';
import type { KernelFlavour } from './mlpKernels';
import { Mlp } from './mlp';
import { NetworkLayout } from './network';
import { Optimizer } from './optimizer';
import { penaltyValue, penaltyWeights, weightStats } from './regularizers';
import { Rng } from './rng';
import type {
  EarlyStoppingExport,
  HistoryRecord,
  ModelExport,
  RunExportV1,
  RunStatus,
} from './runExport';
import { needsRestart } from './liveConfig';

export interface StepOptions {
  /** Evaluate the train and test splits too (validation is always evaluated). Default true. */
  evaluateAll?: boolean;
}

export interface TrainerOptions {
  /**
   * A sweep's repeat. Repeat r > 0 draws the initialization, batch order, dropout masks and
   * augmentation from streams of its own; the data and the split never change. Repeat 0 (the
   * default) is the plain run, to the bit.
   */
  repeat?: number;
}

export class Trainer {
  config: ConfigV1;
  epoch = 0;
  status: RunStatus = 'running';
  divergedEpoch: number | null = null;
  readonly history: HistoryRecord[] = [];
  readonly points: SplitPoints;
  readonly layout: NetworkLayout;
  readonly features: FeatureMap;
  readonly train: SplitTensors;
  readonly val: SplitTensors;
  readonly test: SplitTensors;

  private mlp: Mlp;
  private readonly optimizer: Optimizer;
  private readonly stopper = new EarlyStopper();
  private readonly initialParams: Float64Array;
  private readonly initialStats: Float64Array;
  private readonly bestParams: Float64Array;
  private readonly bestStats: Float64Array;
  private readonly lastGoodParams: Float64Array;
  private readonly lastGoodStats: Float64Array;
  private readonly grid: GridEvaluator;
  private readonly epochs: EpochTrainer;
  private readonly logits: Float64Array;

  constructor(
    config: ConfigV1,
    private readonly flavour: KernelFlavour = 'fast',
    options: TrainerOptions = {},
  ) {
    this.config = structuredClone(config);
    const root = new Rng(config.seed);
    const all = generatePoints(config.data, root.fork('data'));
    const pinned = pinnedSplits(config.data);
    this.points = splitPoints(all, config.data.split, root.fork('split'), pinned);
    const repeat = options.repeat ?? 0;
    if (!Number.isInteger(repeat) || repeat < 0) {
      throw new RangeError(`repeat must be a whole number from 0 (got ${repeat}).`);
    }
    // Data and split come from the root; the training streams from a branch per repeat.
    const training = repeat === 0 ? root : root.fork(`repeat ${repeat}`);
    this.features = new FeatureMap(config.features);
    this.train = toTensors(this.points.train, this.features);
    this.val = toTensors(this.points.val, this.features);
    this.test = toTensors(this.points.test, this.features);
    this.layout = new NetworkLayout({
      nInputs: this.features.size,
      hidden: config.model.hidden,
      activation: config.model.activation,
      batchNorm: config.model.batchNorm,
    });
    this.mlp = new Mlp(this.layout, this.batchRows(), flavour, this.train.n);
    this.layout.initialize(this.mlp.params, this.mlp.stats, training.fork('init'));
    this.initialParams = this.mlp.params.slice();
    this.initialStats = this.mlp.stats.slice();
    this.bestParams = this.mlp.params.slice();
    this.bestStats = this.mlp.stats.slice();
    this.lastGoodParams = this.mlp.params.slice();
    this.lastGoodStats = this.mlp.stats.slice();
    // Adam's moments live beside the parameters in the WebAssembly memory, where there is one.
    const memory = this.mlp.optimizerMemory;
    this.optimizer = new Optimizer(this.layout.nParams, this.layout.weightRanges, memory);
    this.epochs = new EpochTrainer(this.train, this.features, training);
    this.logits = new Float64Array(Math.max(this.train.n, this.val.n, this.test.n, 1));
    this.grid = new GridEvaluator(this.features);
    this.record(true);
  }

  /** Rows of the largest batch: a lone last row joins the batch before it (batch norm needs two). */
  private batchRows(): number {
    const n = this.train.n;
    const b = this.config.optimizer.batchSize;
    return b === 0 || b >= n ? n : b + 1;
  }

  get params(): Float64Array {
    return this.mlp.params;
  }

  /** The augmented training points of the last epoch (x1, x2, soft label) in batch order. */
  get augmented(): Float64Array {
    return this.epochs.augmented;
  }

  /** How many of them: the training split's size with augmentation on, else 0. */
  get augmentedCount(): number {
    return this.epochs.augmentedCount;
  }

  /**
   * Applies a new config. Changes that keep the data and the network's shape (regularization,
   * dropout, optimizer, augmentation, early stopping, epochs) act at once and return 'live';
   * anything else returns 'restart' and changes nothing: the caller starts a new Trainer.
   */
  update(next: ConfigV1): 'live' | 'restart' {
    if (needsRestart(this.config, next)) return 'restart';
    const prevRows = this.batchRows();
    this.config = structuredClone(next);
    if (this.batchRows() > this.mlp.batchCapacity || this.batchRows() !== prevRows) {
      const bigger = new Mlp(this.layout, this.batchRows(), this.flavour, this.train.n);
      bigger.params.set(this.mlp.params);
      bigger.stats.set(this.mlp.stats);
      this.mlp = bigger;
    }
    if (this.status === 'done' && this.epoch < next.epochs) this.status = 'running';
    // Turning early stopping off (or to mark-only) after it stopped the run lets training go on.
    const es = next.earlyStopping;
    if (this.status === 'stopped' && (!es.enabled || es.markOnly)) this.status = 'running';
    if (this.status === 'running' && this.epoch >= next.epochs) this.status = 'done';
    return 'live';
  }

  /** Trains up to n epochs; returns early when the run stops, diverges or reaches config.epochs. */
  step(n = 1, options: StepOptions = {}): void {
    const evaluateAll = options.evaluateAll ?? true;
    for (let k = 0; k < n && this.status === 'running'; k++) {
      this.lastGoodParams.set(this.mlp.params);
      this.lastGoodStats.set(this.mlp.stats);
      this.epochs.run(this.config, this.mlp, this.optimizer, this.batchRows());
      this.epoch++;
      this.record(evaluateAll);
      if (this.epoch >= this.config.epochs && this.status === 'running') this.status = 'done';
    }
  }

  /** Evaluates the current model, appends the epoch's record, and applies early stopping. */
  private record(evaluateAll: boolean): void {
    this.mlp.prepareEval();
    const val = scoreSplit(this.mlp, this.val, this.logits);
    const train =
      evaluateAll || this.epoch === 0 ? scoreSplit(this.mlp, this.train, this.logits) : null;
    const test = evaluateAll ? scoreSplit(this.mlp, this.test, this.logits) : null;
    const ws = weightStats(this.mlp.params, this.layout.weightRanges);
    const finite =
      Number.isFinite(ws.sumSquares) &&
      [val, train, test].every((s) => s === null || Number.isFinite(s.loss));
    if (!finite) {
      // Keep the last finite model and history: a diverged run ends, it never shows garbage.
      this.status = 'diverged';
      this.divergedEpoch = this.epoch;
      this.mlp.params.set(this.lastGoodParams);
      this.mlp.stats.set(this.lastGoodStats);
      this.epoch--;
      return;
    }
    this.history.push({
      epoch: this.epoch,
      trainLoss: train?.loss ?? null,
      valLoss: val?.loss ?? null,
      testLoss: test?.loss ?? null,
      trainAcc: train?.accuracy ?? null,
      valAcc: val?.accuracy ?? null,
      testAcc: test?.accuracy ?? null,
      penalty: penaltyValue(penaltyWeights(this.config.regularization), ws),
      zeroFraction: ws.count > 0 ? ws.zeros / ws.count : 0,
      l1Norm: ws.l1Norm,
      l2Norm: Math.sqrt(ws.sumSquares),
    });
    if (val) this.observeValidation(val.loss);
  }

  private observeValidation(valLoss: number): void {
    const es = this.config.earlyStopping;
    const decision = this.stopper.observe(this.epoch, valLoss, es);
    if (decision === 'improved') {
      this.bestParams.set(this.mlp.params);
      this.bestStats.set(this.mlp.stats);
    } else if (decision === 'stop' && !es.markOnly) {
      this.status = 'stopped';
      if (es.restoreBest) {
        this.mlp.params.set(this.bestParams);
        this.mlp.stats.set(this.bestStats);
        this.stopper.restored = true;
      }
    }
  }

  earlyStoppingState(): EarlyStoppingExport {
    return this.stopper.toExport();
  }

  /**
   * Which points the model gets wrong now, exactly as accuracy counts them: 1 per wrong point,
   * the training, validation and test points one after the other.
   */
  wrongPoints(): Uint8Array {
    const out = new Uint8Array(this.train.n + this.val.n + this.test.n);
    this.mlp.prepareEval();
    markWrong(this.mlp, this.train, this.logits, out, 0);
    markWrong(this.mlp, this.val, this.logits, out, this.train.n);
    markWrong(this.mlp, this.test, this.logits, out, this.train.n + this.val.n);
    return out;
  }

  /** P(class 1) on an n × n grid over the domain (see GridEvaluator), into `out`. */
  evaluateGrid(n: number, out: Float32Array): void {
    this.mlp.prepareEval();
    this.grid.evaluate(this.mlp, n, out);
  }

  /** Copies of all weights (layer after layer, each [out][in] row-major) now and at initialization. */
  weights(initial = false): Float64Array {
    const src = initial ? this.initialParams : this.mlp.params;
    const out = new Float64Array(this.layout.nWeights);
    const r = this.layout.weightRanges;
    for (let k = 0, o = 0; k < r.length; k += 2) {
      out.set(src.subarray(r[k], r[k + 1]), o);
      o += r[k + 1]! - r[k]!;
    }
    return out;
  }

  /** Copies of the batch-norm running statistics and of the optimizer, for the views (workers/views). */
  runningStats(): Float64Array {
    return this.mlp.stats.slice();
  }

  optimizerCopy(): Optimizer {
    return this.optimizer.clone();
  }

  modelExport(initial = false): ModelExport {
    return initial
      ? this.layout.toExport(this.features.names, this.initialParams, this.initialStats)
      : this.layout.toExport(this.features.names, this.mlp.params, this.mlp.stats);
  }

  toRunExport(): RunExportV1 {
    const copy = (pts: Point[]): Point[] => pts.map((p) => [p[0], p[1], p[2]]);
    return {
      version: 1,
      config: structuredClone(this.config),
      status: this.status,
      divergedEpoch: this.divergedEpoch,
      data: {
        train: copy(this.points.train),
        val: copy(this.points.val),
        test: copy(this.points.test),
      },
      model: this.modelExport(false),
      initialModel: this.modelExport(true),
      history: this.history.map((h) => ({ ...h })),
      earlyStopping: this.earlyStoppingState(),
    };
  }
}

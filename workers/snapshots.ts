// A run's past, for the epoch scrubber: copies of the parameters (and batch-norm running
// statistics) at chosen epochs, and an evaluator that draws the boundary from a copy without
// touching the live network. Bounded: every epoch up to DENSE_EPOCHS, then a stride that doubles
// whenever the sparse part outgrows SPARSE_LIMIT; the best-validation and stop epochs are always
// kept, so the moment early stopping chose is one click away however long the run.
import { GridEvaluator, markWrong } from './engine/evaluation';
import { Mlp } from './engine/mlp';
import type { Trainer } from './engine/trainer';

export const DENSE_EPOCHS = 200;
export const SPARSE_LIMIT = 200;

export interface Snapshot {
  epoch: number;
  params: Float64Array;
  stats: Float64Array;
}

export interface Inspection {
  epoch: number;
  grid: Float32Array;
  gridSize: number;
  weights: Float64Array;
  /** The points that epoch's model gets wrong, laid out as RunBoundary.wrong. */
  wrong: Uint8Array;
}

/**
 * The running statistics through the trainer's public export (the live stats array is private
 * to the engine): laid out as the NetworkLayout's stats array.
 */
function copyStats(trainer: Trainer): Float64Array {
  const layout = trainer.layout;
  const stats = new Float64Array(layout.nStats);
  if (layout.nStats === 0) return stats;
  const model = trainer.modelExport();
  layout.layers.forEach((L, l) => {
    const bn = model.layers[l]?.batchNorm;
    if (L.runMean < 0 || !bn) return;
    stats.set(bn.runningMean, L.runMean);
    stats.set(bn.runningVar, L.runVar);
  });
  return stats;
}

export class SnapshotStore {
  private readonly dense: Snapshot[] = [];
  private sparse: Snapshot[] = [];
  private stride = 1;
  private best: Snapshot | null = null;
  private stop: Snapshot | null = null;
  private lastEpoch = -1;
  private evaluator: { mlp: Mlp; grid: GridEvaluator } | null = null;

  constructor(private readonly trainer: Trainer) {
    this.observe();
  }

  /** Call after every trained epoch: keeps the epoch if the schedule or early stopping wants it. */
  observe(): void {
    const t = this.trainer;
    const epoch = t.epoch;
    if (epoch === this.lastEpoch) return;
    this.lastEpoch = epoch;
    const es = t.earlyStoppingState();
    const scheduled = epoch < DENSE_EPOCHS || epoch % this.stride === 0;
    const isBest = es.bestEpoch === epoch;
    const isStop = es.stoppedEpoch === epoch;
    if (!scheduled && !isBest && !isStop) return;
    const snap: Snapshot = { epoch, params: t.params.slice(), stats: copyStats(t) };
    if (isBest) this.best = snap;
    if (isStop) this.stop = snap;
    if (!scheduled) return;
    if (epoch < DENSE_EPOCHS) {
      this.dense.push(snap);
      return;
    }
    this.sparse.push(snap);
    if (this.sparse.length > SPARSE_LIMIT) {
      this.stride *= 2;
      this.sparse = this.sparse.filter((s) => s.epoch % this.stride === 0);
    }
  }

  /** How many distinct parameter copies are held. */
  get count(): number {
    const extra = [this.best, this.stop].filter((s) => s !== null && !this.scheduledHas(s)).length;
    return this.dense.length + this.sparse.length + extra;
  }

  private scheduledHas(s: Snapshot): boolean {
    return this.dense.includes(s) || this.sparse.includes(s);
  }

  /** The stored epochs, ascending. */
  epochs(): number[] {
    const all = new Set<number>();
    for (const s of this.candidates()) all.add(s.epoch);
    return [...all].sort((a, b) => a - b);
  }

  private candidates(): Snapshot[] {
    const out = [...this.dense, ...this.sparse];
    if (this.best) out.push(this.best);
    if (this.stop) out.push(this.stop);
    return out;
  }

  /** The stored snapshot nearest at or before `epoch`, or null if none is. */
  nearest(epoch: number): Snapshot | null {
    let found: Snapshot | null = null;
    for (const s of this.candidates()) {
      if (s.epoch <= epoch && (!found || s.epoch > found.epoch)) found = s;
    }
    return found;
  }

  /** The boundary and weights at the stored epoch nearest at or before `epoch`. */
  inspect(epoch: number, gridSize: number): Inspection | null {
    const snap = this.nearest(epoch);
    if (!snap) return null;
    // A network of its own: the live one (and its evaluation buffers) is never touched.
    this.evaluator ??= {
      mlp: new Mlp(this.trainer.layout, 1),
      grid: new GridEvaluator(this.trainer.features),
    };
    const { mlp, grid: evaluator } = this.evaluator;
    mlp.params.set(snap.params);
    mlp.stats.set(snap.stats);
    mlp.prepareEval();
    const grid = new Float32Array(gridSize * gridSize);
    evaluator.evaluate(mlp, gridSize, grid);
    const layout = this.trainer.layout;
    const weights = new Float64Array(layout.nWeights);
    const r = layout.weightRanges;
    for (let k = 0, o = 0; k < r.length; k += 2) {
      weights.set(snap.params.subarray(r[k], r[k + 1]), o);
      o += r[k + 1]! - r[k]!;
    }
    const t = this.trainer;
    const wrong = new Uint8Array(t.train.n + t.val.n + t.test.n);
    const logits = new Float64Array(Math.max(t.train.n, t.val.n, t.test.n, 1));
    markWrong(mlp, t.train, logits, wrong, 0);
    markWrong(mlp, t.val, logits, wrong, t.train.n);
    markWrong(mlp, t.test, logits, wrong, t.train.n + t.val.n);
    return { epoch: snap.epoch, grid, gridSize, weights, wrong };
  }
}

// One headless run of a candidate lab, reduced to the figures a student would read off the page:
// losses, accuracies, how far validation loss climbed after its minimum, exact zeros, the weight
// norm, whether the model predicts one class everywhere, and when the effect became visible.
import type { ConfigV1 } from '../workers/engine/config';
import { activate } from '../workers/engine/activations';
import type { HistoryRecord, ModelExport } from '../workers/engine/runExport';
import { Trainer } from '../workers/engine/trainer';

export interface RunMeasure {
  trainLoss: number;
  valLoss: number;
  bestValLoss: number;
  bestEpoch: number;
  /** Training loss at the epoch of the lowest validation loss. */
  trainLossAtBest: number;
  /** Final validation loss minus its minimum: how far it climbed back. */
  rise: number;
  trainAcc: number;
  valAcc: number;
  zeroFraction: number;
  l2Norm: number;
  /** Input features whose every first-layer weight is exactly 0 (switched off). */
  featuresOff: number;
  /** Every decision-grid cell and every validation point gets the same class. */
  constant: boolean;
  /** Largest minus smallest P(class 1) over the decision grid: near 0, the map is one flat colour. */
  spread: number;
  /** First epoch whose validation loss is 25 % above the lowest so far (overfitting shows). */
  riseEpoch: number | null;
  /** First epoch from which validation loss stays 10 % below the baseline's (rescue shows). */
  betterFrom: number | null;
  /** First epoch with at least half the final fraction of exact zeros (L1 shows). */
  zerosEpoch: number | null;
  /** Where early stopping stopped (null if it never did or was off). */
  stoppedEpoch: number | null;
  epochs: number;
  status: string;
  /** Validation loss per epoch, kept so later runs can be compared with this one. */
  valCurve: number[];
}

const GRID = 64;
/** Overfitting counts as visible once validation loss is this much above its running minimum. */
export const RISE_VISIBLE = 1.25;
/** A rescue counts as visible once validation loss stays this far below the baseline's. */
export const RESCUE_VISIBLE = 0.9;

/** The output logit of an exported network (no batch norm) for one row of features. */
function logit(model: ModelExport, act: ConfigV1['model']['activation'], x: ArrayLike<number>) {
  let a = Array.from(x);
  model.layers.forEach((layer, l) => {
    const last = l === model.layers.length - 1;
    a = layer.weights.map((row, j) => {
      const z = row.reduce((s, w, i) => s + w * a[i]!, layer.biases[j]!);
      return last ? z : activate(act, z);
    });
  });
  return a[0]!;
}

function gridOf(t: Trainer): Float32Array {
  const grid = new Float32Array(GRID * GRID);
  t.evaluateGrid(GRID, grid);
  return grid;
}

function predictsOneClass(t: Trainer, grid: Float32Array): boolean {
  const gridClass = grid[0]! > 0.5;
  if (grid.some((p) => p > 0.5 !== gridClass)) return false;
  // Batch norm folds into the weights only inside the engine: trust the grid there.
  if (t.config.model.batchNorm) return true;
  const model = t.modelExport();
  const f = t.features.size;
  for (let i = 0; i < t.val.n; i++) {
    const row = t.val.X.subarray(i * f, (i + 1) * f);
    if (logit(model, t.config.model.activation, row) > 0 !== gridClass) return false;
  }
  return true;
}

function featuresOff(t: Trainer): number {
  const first = t.modelExport().layers[0]!.weights;
  return t.features.names.filter((_, i) => first.every((row) => row[i] === 0)).length;
}

function firstEpoch(history: HistoryRecord[], test: (h: HistoryRecord, i: number) => boolean) {
  const i = history.findIndex(test);
  return i < 0 ? null : history[i]!.epoch;
}

function riseEpochOf(history: HistoryRecord[]): number | null {
  let lowest = Infinity;
  for (const h of history) {
    const v = h.valLoss!;
    if (v > RISE_VISIBLE * lowest) return h.epoch;
    lowest = Math.min(lowest, v);
  }
  return null;
}

function betterFromOf(val: number[], baseline: number[] | undefined): number | null {
  if (!baseline) return null;
  const n = Math.min(val.length, baseline.length);
  let from: number | null = null;
  for (let e = 1; e < n; e++) {
    if (val[e]! < RESCUE_VISIBLE * baseline[e]!) from ??= e;
    else from = null;
  }
  return from;
}

/** Trains the first `epoch` epochs with `before`, then switches live (as a student would). */
export interface SwitchedOn {
  epoch: number;
  before: ConfigV1;
}

/** Trains `config` for config.epochs epochs (or until it stops) and measures it. */
export function measureRun(config: ConfigV1, baseline?: number[], from?: SwitchedOn): RunMeasure {
  const t = new Trainer(from ? from.before : config);
  if (from) {
    t.step(from.epoch);
    if (t.update(config) !== 'live') throw new Error('a switched-on variant must not restart');
  }
  t.step(config.epochs - t.epoch);
  const h = t.history;
  const end = h[h.length - 1]!;
  const valCurve = h.map((r) => r.valLoss!);
  const bestValLoss = Math.min(...valCurve);
  const finalZeros = end.zeroFraction;
  const grid = gridOf(t);
  return {
    trainLoss: end.trainLoss!,
    valLoss: end.valLoss!,
    bestValLoss,
    bestEpoch: h[valCurve.indexOf(bestValLoss)]!.epoch,
    trainLossAtBest: h[valCurve.indexOf(bestValLoss)]!.trainLoss!,
    rise: end.valLoss! - bestValLoss,
    trainAcc: end.trainAcc!,
    valAcc: end.valAcc!,
    zeroFraction: finalZeros,
    l2Norm: end.l2Norm,
    featuresOff: featuresOff(t),
    constant: predictsOneClass(t, grid),
    spread: Math.max(...grid) - Math.min(...grid),
    riseEpoch: riseEpochOf(h),
    betterFrom: betterFromOf(valCurve, baseline),
    zerosEpoch: finalZeros > 0 ? firstEpoch(h, (r) => r.zeroFraction >= finalZeros / 2) : null,
    stoppedEpoch: t.earlyStoppingState().stoppedEpoch,
    epochs: t.epoch,
    status: t.status,
    valCurve,
  };
}

// What every view starts from: a copy of the running model, a network of its own to evaluate it,
// and random streams of its own. The trainer's parameters, statistics, optimizer, random streams
// and history are only ever read, so looking at a model never changes how it goes on training.
import type { LayerLayout, NetworkLayout } from '../engine/network';
import { Mlp } from '../engine/mlp';
import { Rng } from '../engine/rng';
import type { Trainer } from '../engine/trainer';

export interface ModelState {
  params: Float64Array;
  stats: Float64Array;
}

/** Copies of the trainer's parameters and batch-norm running statistics. */
export function captureState(trainer: Trainer): ModelState {
  return { params: trainer.params.slice(), stats: trainer.runningStats() };
}

/** A network of the trainer's shape holding a copy of its state (capacity: `rows` per batch). */
export function networkCopy(layout: NetworkLayout, state: ModelState, rows = 1): Mlp {
  const mlp = new Mlp(layout, rows);
  mlp.params.set(state.params);
  mlp.stats.set(state.stats);
  return mlp;
}

/**
 * A view's own random stream: derived from the run's seed and the view's label only (never from
 * the trainer's streams), and `draw` picks a fresh but reproducible sample ("resample" = draw + 1).
 */
export function viewStream(seed: number, label: string, draw: number): Rng {
  return new Rng(seed).fork(`view:${label}`).fork(String(draw));
}

/** Where a weight sits: layer l (0 = first), from input unit `from` to output unit `to`. */
export interface WeightPlace {
  param: number;
  layer: number;
  from: number;
  to: number;
}

/** The place of parameter `param`, or null if it is not a weight (a bias, γ or β). */
export function weightPlace(layout: NetworkLayout, param: number): WeightPlace | null {
  for (let l = 0; l < layout.layers.length; l++) {
    const L: LayerLayout = layout.layers[l]!;
    const k = param - L.w;
    if (Number.isInteger(param) && k >= 0 && k < L.nIn * L.nOut) {
      return { param, layer: l, from: k % L.nIn, to: Math.floor(k / L.nIn) };
    }
  }
  return null;
}

/** The place of a weight named by its parameter index, or an error a student can act on. */
export function requireWeight(layout: NetworkLayout, param: number, what: string): WeightPlace {
  const place = weightPlace(layout, param);
  if (place) return place;
  const blocks = layout.layers.map((L) => `[${L.w}, ${L.w + L.nIn * L.nOut})`).join(', ');
  throw new Error(
    `${what} ${String(param).slice(0, 20)} is not a weight: weights (the penalized parameters) ` +
      `have the parameter indices ${blocks}; biases and batch-norm γ, β are not penalized.`,
  );
}

/** Index in the weights-only vector (Trainer.weights(), snapshots' `weights`) of a parameter. */
export function weightIndex(layout: NetworkLayout, param: number): number {
  let offset = 0;
  for (const L of layout.layers) {
    const k = param - L.w;
    if (k >= 0 && k < L.nIn * L.nOut) return offset + k;
    offset += L.nIn * L.nOut;
  }
  return -1;
}

/** The parameter index of entry `index` of the weights-only vector (weightIndex's inverse), or -1. */
export function weightParam(layout: NetworkLayout, index: number): number {
  if (!Number.isInteger(index) || index < 0) return -1;
  let offset = 0;
  for (const L of layout.layers) {
    const n = L.nIn * L.nOut;
    if (index < offset + n) return L.w + index - offset;
    offset += n;
  }
  return -1;
}

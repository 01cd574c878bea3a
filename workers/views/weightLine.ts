// Why exactly zero, in one dimension: for a single weight w (others fixed), data loss + penalty
// against w, and the proximal step of L1, soft-thresholding S_t(u) = sign(u)·max(|u| − t, 0) with
// t = η·λ₁: every gradient step that lands within t of 0 is sent to exactly 0, so a weight whose
// data gradient at 0 is smaller than λ₁ stays there (the kink of λ|w| at 0 absorbs it).
import type { RegularizationConfig, RegularizerKind } from '../engine/config';
import { l1Coefficient, penaltyWeights } from '../engine/regularizers';
import type { Trainer } from '../engine/trainer';
import { defaultPair } from './geometry';
import { fullBatchGradient, stepCopy, withoutL1 } from './lookAhead';
import type { WeightPlace } from './modelState';
import { captureState, requireWeight } from './modelState';
import { pairLoss } from './planeLoss';
import type { LineMinimum } from './planeSolver';
import { minimizeOnLine } from './planeSolver';

export interface WeightLineOptions {
  /** Parameter index of the weight; default the largest-magnitude first-layer weight. */
  param?: number;
  regularization?: RegularizationConfig;
  /** Points along w and along the soft-thresholding map (default 201, odd so 0 is one of them). */
  samples?: number;
}

export interface SoftThreshold {
  /** 'subgradient' runs do not take this step (they add λ₁·sign(w) to the gradient instead). */
  method: 'proximal' | 'subgradient';
  /** η: the learning rate, or under Adam this weight's own step lr/(√v̂ + ε) in the next update. */
  stepSize: number;
  /** t = η·λ₁ */
  threshold: number;
  /** The map S_t sampled on [−R, R] (R covers the threshold band and the step below). */
  input: Float64Array;
  output: Float64Array;
  /**
   * The next update of this weight if the step used the full-batch data gradient: `gradient`
   * ∂L/∂w, `beforeProx` the optimizer's step without the L1 part (L2 included), `after` the real
   * update (= S_t(beforeProx) for the proximal method, exactly).
   */
  step: { gradient: number; before: number; beforeProx: number; after: number };
}

export interface WeightLineView {
  weight: WeightPlace;
  current: { w: number; dataLoss: number };
  penalty: { kind: RegularizerKind; l1: number; l2: number };
  /** Sample positions and, at each, data loss, penalty (l1·|w| + l2/2·w²) and their sum. */
  w: Float64Array;
  dataLoss: Float64Array;
  penaltyValue: Float64Array;
  total: Float64Array;
  dataMinimum: LineMinimum;
  penalizedMinimum: LineMinimum;
  prox: SoftThreshold;
}

/** Samples of [−half, half] + centre, n of them, the middle one exactly at `centre`. */
function samplesAround(centre: number, half: number, n: number): Float64Array {
  const m = (n - 1) / 2;
  return Float64Array.from({ length: n }, (_, k) => centre + (half * (k - m)) / m);
}

export function softThreshold(u: number, t: number): number {
  return u > t ? u - t : u < -t ? u + t : 0;
}

export function weightLineView(trainer: Trainer, options: WeightLineOptions = {}): WeightLineView {
  const layout = trainer.layout;
  const state = captureState(trainer);
  const k = options.param ?? defaultPair(layout, state.params)[0];
  const weight = requireWeight(layout, k, 'Parameter');
  const n = options.samples ?? 201;
  if (!Number.isInteger(n) || n < 5 || n > 2001 || n % 2 === 0) {
    throw new Error(
      `samples must be an odd whole number from 5 to 2001; got ${String(n).slice(0, 20)}.`,
    );
  }
  const reg = options.regularization ?? trainer.config.regularization;
  const pw = penaltyWeights(reg);
  const w0 = state.params[k]!;
  // The pair loss with both indices on the same weight: b is the one that sticks.
  const pl = pairLoss(layout, state, trainer.train, k, k);
  const f = (w: number) => pl(w, w);
  const dataMinimum = minimizeOnLine(f, w0, { l1: 0, l2: 0 });
  const penalizedMinimum = minimizeOnLine(f, w0, pw);
  const xs = [w0, 0, penalizedMinimum.w];
  if (dataMinimum.status === 'converged') xs.push(dataMinimum.w);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const w = samplesAround((lo + hi) / 2, hi > lo ? 0.625 * (hi - lo) : 1, n);
  const dataLoss = w.map(f);
  const penaltyValue = w.map((x) => pw.l1 * Math.abs(x) + (pw.l2 / 2) * x * x);
  const total = dataLoss.map((d, s) => d + penaltyValue[s]!);

  // The next step, taken by copies of the run's optimizer from the full-batch gradient.
  const c = trainer.config;
  const grads = fullBatchGradient(layout, state, trainer.train);
  const opt = trainer.optimizerCopy();
  const lr = c.optimizer.learningRate;
  const smooth = stepCopy(opt, state.params, grads, c.optimizer.kind, lr, withoutL1(reg));
  const full = stepCopy(opt, state.params, grads, c.optimizer.kind, lr, reg);
  const stepSize = full.optimizer.stepSize(k, lr);
  // The optimizer's own threshold expression (stepSize·(λ₁·1)), so `after` matches bit for bit.
  const threshold = stepSize * (l1Coefficient(reg) * 1);
  const beforeProx = smooth.params[k]!;
  const R = 1.25 * Math.max(Math.abs(w0), Math.abs(beforeProx), 2 * threshold, 1e-3);
  const input = samplesAround(0, R, n);
  return {
    weight,
    current: { w: w0, dataLoss: f(w0) },
    penalty: { kind: reg.kind, l1: pw.l1, l2: pw.l2 },
    w,
    dataLoss,
    penaltyValue,
    total,
    dataMinimum,
    penalizedMinimum,
    prox: {
      method: reg.l1Method,
      stepSize,
      threshold,
      input,
      output: input.map((u) => softThreshold(u, threshold)),
      step: { gradient: grads[k]!, before: w0, beforeProx, after: full.params[k]! },
    },
  };
}

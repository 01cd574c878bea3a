// L2 in the loss against decoupled weight decay. For each chosen weight, the fraction of it the
// penalty removes per step, shrink, so that w⁺ = w⁺(no penalty) − shrink·w:
// - plain SGD: coupled L2 steps by lr·(g + λw), decay by lr·g + lr·λ·w: the same, lr·λ for every
//   weight;
// - Adam with L2 in the loss: λw joins the gradient and, once averaged into the moment estimates,
//   is divided by √v̂ like the rest: shrink = λ·lr/(√v̂ + ε), so weights with large past gradients
//   are barely shrunk and weights with small ones are shrunk hard;
// - AdamW: lr·λ·w beside the step, the same fraction for every weight (Loshchilov and Hutter,
//   "Decoupled weight decay regularization").
// Two numbers per setting: `nextStep`, measured by taking the next step (full-batch gradient) with
// copies of the run's optimizer with and without the penalty; and `settled`, the shrink once the
// penalty has been in Adam's moment estimates all along (the one-step difference under Adam is
// only (1 − β₁)/(1 − β₁ᵗ) of that, since m̂ averages the penalty in gradually; the test drives a
// copy of the optimizer to that state and measures it).
import type { RegularizationConfig } from '../engine/config';
import { l2Coefficient } from '../engine/regularizers';
import type { Trainer } from '../engine/trainer';
import { fullBatchGradient, stepCopy } from './lookAhead';
import type { WeightPlace } from './modelState';
import { captureState, requireWeight } from './modelState';

export interface DecayOptions {
  /** Parameter indices of the weights; default `count` non-zero weights spread over Adam's step sizes. */
  params?: readonly number[];
  count?: number;
  /** The L2 coefficient λ; default the run's (its λ if the run has no L2 part). */
  lambda?: number;
}

export interface ShrinkPair {
  /** L2 in the loss (the gradient gets λw). */
  coupled: Float64Array;
  /** Decoupled weight decay (w ← w − lr·λ·w beside the step). */
  decoupled: Float64Array;
}

export interface DecayComparison {
  weights: WeightPlace[];
  values: Float64Array;
  learningRate: number;
  lambda: number;
  /** Measured: the next step from the run's optimizer state, with the penalty against without. */
  nextStep: { sgd: ShrinkPair; adam: ShrinkPair };
  /** Per step once the penalty is part of the moment estimates. */
  settled: {
    /** lr·λ, coupled or decoupled alike. */
    sgd: Float64Array;
    /** λ·lr/(√v̂ + ε): uneven, it follows each weight's Adam step. */
    adamL2: Float64Array;
    /** lr·λ for every weight. */
    adamW: Float64Array;
  };
  /** Each weight's Adam step lr/(√v̂ + ε) in the step measured (without the penalty). */
  adamStepSize: Float64Array;
  /** 'run': Adam continued from the run's moment estimates; 'fresh': the run is not on Adam. */
  adamState: 'run' | 'fresh';
}

const l2Only = (lambda: number, decoupled: boolean): RegularizationConfig => ({
  kind: 'l2',
  lambda,
  l1Ratio: 0,
  l1Method: 'proximal',
  decoupled,
});

const NONE: RegularizationConfig = { ...l2Only(0, false), kind: 'none' };

/** `count` non-zero weights at evenly spaced ranks of Adam's step size (of |w| without Adam). */
function spreadWeights(trainer: Trainer, count: number): number[] {
  const layout = trainer.layout;
  const P = trainer.params;
  const opt = trainer.optimizerCopy();
  const lr = trainer.config.optimizer.learningRate;
  const all: number[] = [];
  for (let r = 0; r < layout.weightRanges.length; r += 2) {
    for (let i = layout.weightRanges[r]!; i < layout.weightRanges[r + 1]!; i++) {
      if (P[i] !== 0) all.push(i);
    }
  }
  const steps = all.map((i) => opt.stepSize(i, lr));
  const varied = steps.some((s) => s !== steps[0]);
  const key = (k: number) => (varied ? steps[k]! : Math.abs(P[all[k]!]!));
  const ranked = all.map((_, k) => k).sort((x, y) => key(x) - key(y));
  const m = Math.min(count, ranked.length);
  if (m <= 1) return ranked.slice(0, m).map((k) => all[k]!);
  return Array.from(
    { length: m },
    (_, q) => all[ranked[Math.round((q * (ranked.length - 1)) / (m - 1))]!]!,
  );
}

export function decayComparison(trainer: Trainer, options: DecayOptions = {}): DecayComparison {
  const c = trainer.config;
  const count = options.count ?? 5;
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(
      `count must be a whole number from 1 to 64; got ${String(count).slice(0, 20)}.`,
    );
  }
  const indices = options.params ? [...options.params] : spreadWeights(trainer, count);
  const weights = indices.map((i) => requireWeight(trainer.layout, i, 'Parameter'));
  const lambda = options.lambda ?? (l2Coefficient(c.regularization) || c.regularization.lambda);
  if (!(lambda >= 0) || !Number.isFinite(lambda)) {
    throw new Error(`lambda must be a number ≥ 0; got ${String(lambda).slice(0, 20)}.`);
  }
  const lr = c.optimizer.learningRate;
  const state = captureState(trainer);
  const grads = fullBatchGradient(trainer.layout, state, trainer.train);
  const opt = trainer.optimizerCopy();
  const values = Float64Array.from(indices, (i) => state.params[i]!);

  const shrink = (kind: 'sgd' | 'adam', decoupled: boolean): Float64Array => {
    const base = stepCopy(opt, state.params, grads, kind, lr, NONE).params;
    const pen = stepCopy(opt, state.params, grads, kind, lr, l2Only(lambda, decoupled)).params;
    return Float64Array.from(indices, (i, k) =>
      values[k] === 0 ? 0 : (base[i]! - pen[i]!) / values[k]!,
    );
  };
  const adamBase = stepCopy(opt, state.params, grads, 'adam', lr, NONE).optimizer;
  const adamStepSize = Float64Array.from(indices, (i) => adamBase.stepSize(i, lr));
  const uniform = () => new Float64Array(indices.length).fill(lr * lambda);
  return {
    weights,
    values,
    learningRate: lr,
    lambda,
    nextStep: {
      sgd: { coupled: shrink('sgd', false), decoupled: shrink('sgd', true) },
      adam: { coupled: shrink('adam', false), decoupled: shrink('adam', true) },
    },
    settled: { sgd: uniform(), adamL2: adamStepSize.map((s) => s * lambda), adamW: uniform() },
    adamStepSize,
    adamState: opt.lastKind === 'adam' ? 'run' : 'fresh',
  };
}

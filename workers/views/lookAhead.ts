// One optimizer step looked at ahead of time, on copies: the full-batch data gradient at the
// current parameters (training mode without dropout, so it is the same every time it is asked
// for) and the update a copy of the run's optimizer would make with it. The run's own optimizer
// state (Adam's moments, the step count) is cloned, never advanced.
import type { OptimizerKind, RegularizationConfig } from '../engine/config';
import type { SplitTensors } from '../engine/evaluation';
import type { NetworkLayout } from '../engine/network';
import type { Optimizer } from '../engine/optimizer';
import { l2Coefficient } from '../engine/regularizers';
import type { ModelState } from './modelState';
import { networkCopy } from './modelState';

/** ∂(mean data loss)/∂θ over the whole split (batch norm: the split's own batch statistics). */
export function fullBatchGradient(
  layout: NetworkLayout,
  state: ModelState,
  split: SplitTensors,
): Float64Array {
  if (split.n < 2 && layout.shape.batchNorm) {
    throw new Error('A gradient with batch norm needs at least two training points.');
  }
  const mlp = networkCopy(layout, state, Math.max(1, split.n));
  mlp.trainBatch(split.X, split.y, split.n, false, false);
  return mlp.grads.slice();
}

/** The parameters after one step of a copy of `optimizer` from `params` with gradient `grads`. */
export function stepCopy(
  optimizer: Optimizer,
  params: Float64Array,
  grads: Float64Array,
  kind: OptimizerKind,
  learningRate: number,
  regularization: RegularizationConfig,
): { params: Float64Array; optimizer: Optimizer } {
  const opt = optimizer.clone();
  const P = params.slice();
  opt.step(P, grads, { kind, learningRate, regularization });
  return { params: P, optimizer: opt };
}

/** The same regularization without its L1 part (the L2 part, coupled or decoupled, kept). */
export function withoutL1(reg: RegularizationConfig): RegularizationConfig {
  if (reg.kind === 'l1') return { ...reg, kind: 'none' };
  if (reg.kind === 'elasticnet') return { ...reg, kind: 'l2', lambda: l2Coefficient(reg) };
  return { ...reg };
}

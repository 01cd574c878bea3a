// The data loss as a function of one or two weights with every other parameter held at its
// current value: mean cross-entropy on the training split in evaluation mode (batch norm's running
// averages, no dropout), computed by the engine's own evaluation on a private copy of the network,
// so at the current weights it is exactly the training loss the curves show.
import { crossEntropyFromLogit } from '../engine/mlp';
import type { SplitTensors } from '../engine/evaluation';
import type { NetworkLayout } from '../engine/network';
import type { ModelState } from './modelState';
import { networkCopy } from './modelState';

export type PairLoss = (a: number, b: number) => number;

export function pairLoss(
  layout: NetworkLayout,
  state: ModelState,
  split: SplitTensors,
  i: number,
  j: number,
): PairLoss {
  if (split.n === 0) {
    throw new Error(
      'The training split is empty: the data loss needs at least one training point.',
    );
  }
  const mlp = networkCopy(layout, state);
  const logits = new Float64Array(split.n);
  return (a, b) => {
    mlp.params[i] = a;
    mlp.params[j] = b;
    mlp.prepareEval();
    mlp.evalLogits(split.X, split.n, logits);
    let loss = 0;
    for (let r = 0; r < split.n; r++) loss += crossEntropyFromLogit(logits[r]!, split.y[r]!);
    return loss / split.n;
  };
}

// Which config changes a running model can absorb. Everything that decides the data or the
// network's shape (dataset, its noise and split, the seed, features, layers, activation, batch
// norm) needs a new run; the rest (λ, p, learning rate, optimizer, batch size, augmentation,
// early stopping, epochs) changes the run in place.
import type { ConfigV1 } from './config';

export function needsRestart(a: ConfigV1, b: ConfigV1): boolean {
  return (
    a.seed !== b.seed ||
    JSON.stringify(a.data) !== JSON.stringify(b.data) ||
    a.features.join() !== b.features.join() ||
    a.model.hidden.join() !== b.model.hidden.join() ||
    a.model.activation !== b.model.activation ||
    a.model.batchNorm !== b.model.batchNorm
  );
}

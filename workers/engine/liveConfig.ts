// Which config changes a running model can absorb. Everything that decides the data or the
// network's shape (dataset, its noise and split, the seed, features, layers, activation, batch
// norm) needs a new run; the rest (λ, p, learning rate, optimizer, batch size, augmentation,
// early stopping, epochs) changes the run in place.
import type { ConfigV1 } from './config';

export function needsRestart(a: ConfigV1, b: ConfigV1): boolean {
  return (
    a.seed !== b.seed ||
    !sameValue(a.data, b.data) ||
    a.features.join() !== b.features.join() ||
    a.model.hidden.join() !== b.model.hidden.join() ||
    a.model.activation !== b.model.activation ||
    a.model.batchNorm !== b.model.batchNorm
  );
}

/** Deep equality of JSON values, independent of key order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

// Small sweeps for the tests (Node and worker threads alike): quick to train, yet every random
// stream in use (minibatches, dropout, augmentation) so that repeats really differ.
import type { ConfigV1 } from '../engine/config';
import { defaultConfig } from '../engine/config';
import type { SweepSpec } from './sweepSpec';
import { validateSweepSpec } from './sweepSpec';

export function smallSweepConfig(): ConfigV1 {
  const c = defaultConfig();
  c.seed = 5;
  c.epochs = 15;
  c.data = { ...c.data, dataset: 'moons', samples: 80, noise: 0.2 };
  c.model = { hidden: [4], activation: 'tanh', batchNorm: false, dropoutKeep: 1 };
  c.optimizer = { kind: 'adam', learningRate: 0.03, batchSize: 8 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.001 };
  c.augmentation = { ...c.augmentation, jitter: 0.1 };
  return c;
}

/** 3 λ × 2 p × 2 repeats = 12 points. */
export function smallSweep(config: ConfigV1 = smallSweepConfig()): SweepSpec {
  return validateSweepSpec({
    config,
    lambda: [0, 0.001, 0.03],
    dropoutKeep: [0.7, 1],
    repeats: 2,
  }).spec;
}

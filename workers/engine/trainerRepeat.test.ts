import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from './config';
import { defaultConfig } from './config';
import { FeatureMap } from './features';
import { NetworkLayout } from './network';
import { Rng } from './rng';
import { Trainer } from './trainer';

// Trains for real: seconds on a busy 2-core machine.
const TRAINING_TIMEOUT = 60_000;

/** Everything random at once: minibatches, dropout, batch norm, jitter + mixup, L1. */
function busy(): ConfigV1 {
  const c = defaultConfig();
  c.seed = 11;
  c.epochs = 12;
  c.data = { ...c.data, dataset: 'moons', samples: 120, noise: 0.2, labelNoise: 0.05 };
  c.model = { hidden: [5, 4], activation: 'tanh', batchNorm: true, dropoutKeep: 0.7 };
  c.optimizer = { kind: 'momentum', learningRate: 0.02, batchSize: 9 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.002 };
  c.augmentation = { jitter: 0.2, rotate: 10, flip: 'none', scale: 0.1, mixup: 0.3 };
  return c;
}

function trained(repeat?: number): Trainer {
  const t = repeat === undefined ? new Trainer(busy()) : new Trainer(busy(), 'fast', { repeat });
  t.step(busy().epochs);
  return t;
}

describe('Trainer repeats', () => {
  it(
    'repeat 0 is the plain run of the same config, bit for bit',
    () => {
      const plain = JSON.stringify(trained().toRunExport());
      expect(JSON.stringify(trained(0).toRunExport())).toBe(plain);
    },
    TRAINING_TIMEOUT,
  );

  it("repeat 0 initializes from the seed's own 'init' stream, as every plain run always has", () => {
    // Pins repeat 0 to the generator tree of docs/engine.md, so it cannot drift to a branch.
    const c = busy();
    const layout = new NetworkLayout({
      nInputs: new FeatureMap(c.features).size,
      hidden: c.model.hidden,
      activation: c.model.activation,
      batchNorm: c.model.batchNorm,
    });
    const params = new Float64Array(layout.nParams);
    const stats = new Float64Array(layout.nStats);
    layout.initialize(params, stats, new Rng(c.seed).fork('init'));
    const expected = layout.toExport(c.features, params, stats);
    expect(new Trainer(c, 'fast', { repeat: 0 }).modelExport(true)).toEqual(expected);
    expect(new Trainer(c, 'fast', { repeat: 1 }).modelExport(true)).not.toEqual(expected);
  });

  it(
    'a repeat is reproducible: the same repeat twice gives the same run',
    () => {
      expect(JSON.stringify(trained(2).toRunExport())).toBe(
        JSON.stringify(trained(2).toRunExport()),
      );
    },
    TRAINING_TIMEOUT,
  );

  it(
    'repeats share the data and split exactly but differ in initial and trained weights',
    () => {
      const runs = [0, 1, 2].map((r) => trained(r).toRunExport());
      const [r0, r1, r2] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
      expect(r1.data).toEqual(r0.data);
      expect(r2.data).toEqual(r0.data);
      for (const [a, b] of [
        [r0, r1],
        [r0, r2],
        [r1, r2],
      ] as const) {
        expect(a.initialModel).not.toEqual(b.initialModel);
        expect(a.model).not.toEqual(b.model);
        expect(a.history[1]!.trainLoss).not.toBe(b.history[1]!.trainLoss);
      }
    },
    TRAINING_TIMEOUT,
  );

  it('a repeat draws its batches afresh (order and augmentation), not only its initialization', () => {
    // The augmented points of an epoch depend on the batch order and the augmentation draws
    // only, never on the weights; so they differ between repeats only if those streams do.
    const a = new Trainer(busy(), 'fast', { repeat: 0 });
    const b = new Trainer(busy(), 'fast', { repeat: 1 });
    a.step(1);
    b.step(1);
    expect(a.augmentedCount).toBe(a.train.n);
    expect(b.augmented).not.toEqual(a.augmented);
  });

  it('refuses a repeat that is not a whole number from 0', () => {
    for (const repeat of [-1, 1.5, Number.NaN]) {
      expect(() => new Trainer(busy(), 'fast', { repeat })).toThrow(RangeError);
    }
  });
});

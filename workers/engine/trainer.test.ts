import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from './config';
import { FEATURES, defaultConfig } from './config';
import { Trainer } from './trainer';

function small(): ConfigV1 {
  const c = defaultConfig();
  c.seed = 4;
  c.epochs = 40;
  c.data = { ...c.data, dataset: 'circle', samples: 100, noise: 0.2 };
  c.model = { ...c.model, hidden: [6, 6], activation: 'tanh' };
  c.optimizer = { kind: 'adam', learningRate: 0.02, batchSize: 10 };
  return c;
}

/** Everything random at once: minibatches, dropout, batch norm, jitter + mixup, L1. */
function busy(seed: number): ConfigV1 {
  const c = small();
  c.seed = seed;
  c.model = { ...c.model, batchNorm: true, dropoutKeep: 0.7 };
  c.optimizer = { kind: 'momentum', learningRate: 0.02, batchSize: 7 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.003 };
  c.augmentation = { jitter: 0.2, rotate: 0, flip: 'none', scale: 0, mixup: 0.3 };
  return c;
}

/** Logistic regression on gaussian blobs with all seven features; only x1 and x2 carry signal. */
function lasso(kind: 'l1' | 'l2' | 'none'): ConfigV1 {
  const c = defaultConfig();
  c.seed = 1;
  c.epochs = 600;
  c.data = { ...c.data, dataset: 'gaussian', samples: 200, noise: 0.5 };
  c.features = [...FEATURES];
  c.model = { ...c.model, hidden: [] };
  c.optimizer = { kind: 'sgd', learningRate: 0.03, batchSize: 0 };
  c.regularization = { ...c.regularization, kind, lambda: 0.1 };
  return c;
}

describe('Trainer determinism', () => {
  it('two runs of the same config give identical exports; another seed differs', () => {
    const a = new Trainer(busy(9));
    const b = new Trainer(busy(9));
    const other = new Trainer(busy(10));
    for (const t of [a, b, other]) t.step(15);
    const ea = a.toRunExport();
    expect(b.toRunExport()).toEqual(ea);
    expect(JSON.stringify(b.toRunExport())).toBe(JSON.stringify(ea));
    expect(ea.model).not.toEqual(ea.initialModel);
    const eo = other.toRunExport();
    expect(eo.data).not.toEqual(ea.data);
    expect(eo.initialModel).not.toEqual(ea.initialModel);
    expect(eo.history[15]!.valLoss).not.toBe(ea.history[15]!.valLoss);
  });
});

describe('regularization in training', () => {
  it('L1 drives irrelevant feature weights to exactly zero and keeps x1 and x2', () => {
    const t = new Trainer(lasso('l1'));
    t.step(300);
    const w = t.weights();
    const byName = new Map(FEATURES.map((f, i) => [f, w[i]!]));
    // x1², x2² and x1·x2 have the same distribution in both blobs (centred at ±(2, 2)).
    for (const f of ['x1^2', 'x2^2', 'x1*x2'] as const) expect(Math.abs(byName.get(f)!)).toBe(0);
    expect(Math.abs(byName.get('x1')!)).toBeGreaterThan(0.3);
    expect(Math.abs(byName.get('x2')!)).toBeGreaterThan(0.3);
    expect(t.history.at(-1)!.zeroFraction).toBeGreaterThanOrEqual(3 / 7);
    const none = new Trainer(lasso('none'));
    none.step(300);
    expect(Array.from(none.weights()).every((x) => x !== 0)).toBe(true);
  });

  it('switching the run from L1 to L2 live brings zeros back to 0 % while L2 keeps shrinking', () => {
    const c = lasso('l1');
    const t = new Trainer(c);
    t.step(300);
    expect(t.history.at(-1)!.zeroFraction).toBeGreaterThan(0);
    expect(t.update({ ...c, regularization: { ...c.regularization, kind: 'l2' } })).toBe('live');
    t.step(300);
    const last = t.history.at(-1)!;
    expect(last.epoch).toBe(600);
    expect(last.zeroFraction).toBe(0);
    const none = new Trainer(lasso('none'));
    none.step(600);
    expect(last.l2Norm).toBeLessThan(0.8 * none.history.at(-1)!.l2Norm);
    expect(last.penalty).toBeCloseTo((0.1 / 2) * last.l2Norm ** 2, 12);
  });

  it('a live λ change acts on the next epochs without resetting epoch or history', () => {
    const c = small();
    c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.001 };
    const a = new Trainer(c);
    const b = new Trainer(c);
    a.step(5);
    b.step(5);
    expect(b.update({ ...c, regularization: { ...c.regularization, lambda: 0.5 } })).toBe('live');
    expect(b.epoch).toBe(5);
    expect(b.history).toEqual(a.history);
    a.step(5);
    b.step(5);
    expect(b.history.slice(0, 6)).toEqual(a.history.slice(0, 6));
    expect(b.history[6]!.l2Norm).toBeLessThan(a.history[6]!.l2Norm);
    expect(b.history[10]!.l2Norm).toBeLessThan(a.history[10]!.l2Norm);
  });
});

describe('Trainer.update', () => {
  const c = small();
  const restarts: [string, (x: ConfigV1) => void][] = [
    ['dataset', (x) => (x.data.dataset = 'xor')],
    ['samples', (x) => (x.data.samples = 120)],
    ['label noise', (x) => (x.data.labelNoise = 0.1)],
    ['features', (x) => (x.features = ['x1', 'x2', 'x1^2'])],
    ['hidden layers', (x) => (x.model.hidden = [6, 5])],
    ['activation', (x) => (x.model.activation = 'relu')],
    ['batch norm', (x) => (x.model.batchNorm = true)],
    ['seed', (x) => (x.seed = 5)],
  ];
  const lives: [string, (x: ConfigV1) => void][] = [
    ['λ', (x) => (x.regularization.lambda = 0.2)],
    ['regularizer', (x) => (x.regularization.kind = 'l1')],
    ['dropout p', (x) => (x.model.dropoutKeep = 0.5)],
    ['learning rate', (x) => (x.optimizer.learningRate = 0.1)],
    ['optimizer', (x) => (x.optimizer.kind = 'sgd')],
    ['batch size', (x) => (x.optimizer.batchSize = 25)],
    ['augmentation', (x) => (x.augmentation.rotate = 20)],
    ['early stopping', (x) => (x.earlyStopping.patience = 5)],
    ['epochs', (x) => (x.epochs = 80)],
  ];

  it.each(restarts)('returns restart for a %s change and changes nothing', (_, change) => {
    const t = new Trainer(c);
    t.step(2);
    const before = t.toRunExport();
    const next = structuredClone(c);
    change(next);
    expect(t.update(next)).toBe('restart');
    expect(t.toRunExport()).toEqual(before);
  });

  it.each(lives)('applies a %s change live and keeps training', (_, change) => {
    const t = new Trainer(c);
    t.step(2);
    const next = structuredClone(c);
    change(next);
    expect(t.update(next)).toBe('live');
    expect(t.config).toEqual(next);
    t.step(3);
    expect(t.epoch).toBe(5);
    expect(t.history).toHaveLength(6);
  });

  // Found by this test: needsRestart (liveConfig.ts) compares `data` by JSON.stringify, so the
  // same values written in another key order count as a data change.
  it('a config with the same values in another key order is not a change (live)', () => {
    const t = new Trainer(c);
    const { train, val, test } = c.data.split;
    const { dataset, ...rest } = c.data;
    expect(t.update({ ...c, data: { ...rest, dataset, split: { test, val, train } } })).toBe(
      'live',
    );
  });

  // Found by this test: step() checks only the status, which update() leaves 'running', so the
  // run trains one more epoch past the new limit before it ends.
  it('lowering epochs below the current epoch ends the run at once', () => {
    const t = new Trainer(c);
    t.step(8);
    expect(t.update({ ...c, epochs: 5 })).toBe('live');
    t.step(3);
    expect(t.epoch).toBe(8);
    expect(t.history).toHaveLength(9);
    expect(t.status).toBe('done');
  });

  it('a finished run resumes when epochs are raised', () => {
    const t = new Trainer({ ...c, epochs: 3 });
    t.step(10);
    expect([t.status, t.epoch]).toEqual(['done', 3]);
    expect(t.update({ ...c, epochs: 5 })).toBe('live');
    t.step(10);
    expect([t.status, t.epoch]).toEqual(['done', 5]);
  });
});

describe('Trainer basics', () => {
  it('records epoch 0 (the initial model) and one record per epoch', () => {
    const t = new Trainer(small());
    expect(t.history.map((h) => h.epoch)).toEqual([0]);
    const initial = t.toRunExport();
    expect(initial.model).toEqual(initial.initialModel);
    t.step(7);
    expect(t.history.map((h) => h.epoch)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(t.toRunExport().initialModel).toEqual(initial.initialModel);
  });

  it('trains with the full batch (batchSize 0)', () => {
    const t = new Trainer({
      ...small(),
      optimizer: { kind: 'adam', learningRate: 0.05, batchSize: 0 },
    });
    t.step(40);
    expect(t.status).toBe('done');
    expect(t.history).toHaveLength(41);
    expect(t.history.at(-1)!.trainLoss!).toBeLessThan(0.5 * t.history[0]!.trainLoss!);
  });

  it('step(n, { evaluateAll: false }) evaluates only the validation split', () => {
    const t = new Trainer(small());
    t.step(3, { evaluateAll: false });
    expect(t.history[0]!.trainLoss).not.toBeNull();
    for (const h of t.history.slice(1)) {
      expect([h.trainLoss, h.testLoss, h.trainAcc, h.testAcc]).toEqual([null, null, null, null]);
      expect(h.valLoss).toBeGreaterThan(0);
      expect(h.valAcc).not.toBeNull();
    }
  });

  it('evaluateGrid fills n² probabilities in [0, 1], laid out like an image, that train', () => {
    const c = lasso('none');
    c.features = ['x1', 'x2']; // class 1 around (2, 2), class 0 around (−2, −2)
    const t = new Trainer(c);
    const before = new Float32Array(128 * 128);
    t.evaluateGrid(128, before);
    t.step(100);
    const after = new Float32Array(128 * 128);
    t.evaluateGrid(128, after);
    for (const g of [before, after]) expect(g.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(after).not.toEqual(before);
    // Row 0 is the top (largest x2), column 0 the left (smallest x1).
    expect(after[127]!).toBeGreaterThan(0.99);
    expect(after[127 * 128]!).toBeLessThan(0.01);
    expect(() => t.evaluateGrid(128, new Float32Array(100))).toThrow();
  });
});

describe('divergence', () => {
  // A linear network fed x1² (up to 36) with learning rate 1: each step overshoots the curvature
  // and the weights grow geometrically until the loss overflows.
  it('ends with status diverged, keeping only finite history and weights', () => {
    const c = small();
    c.features = ['x1', 'x2', 'x1^2', 'x2^2'];
    c.model = { ...c.model, hidden: [8, 8], activation: 'linear' };
    c.optimizer = { kind: 'sgd', learningRate: 1, batchSize: 10 };
    const t = new Trainer(c);
    t.step(40);
    expect(t.status).toBe('diverged');
    const run = t.toRunExport();
    expect(run.divergedEpoch).toBe(t.divergedEpoch);
    expect(t.divergedEpoch).toBeGreaterThan(0);
    expect(t.epoch).toBe(t.divergedEpoch! - 1);
    expect(run.history).toHaveLength(t.divergedEpoch!);
    for (const h of run.history) {
      for (const v of Object.values(h)) expect(v === null || Number.isFinite(v)).toBe(true);
    }
    for (const layer of run.model.layers) {
      expect([...layer.weights.flat(), ...layer.biases].every(Number.isFinite)).toBe(true);
    }
    t.step(5);
    expect(t.epoch).toBe(t.divergedEpoch! - 1);
  });
});

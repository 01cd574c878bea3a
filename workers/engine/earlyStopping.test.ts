// Early stopping through the Trainer, on a setup built to overfit: 36 noisy training points
// (20 % flipped labels) and a [16, 16] network trained hard with Adam. Its validation loss bottoms
// out after some tens of epochs and then climbs.
import { describe, expect, it } from 'vitest';
import type { ConfigV1, EarlyStoppingConfig } from './config';
import { defaultConfig } from './config';
import { Trainer } from './trainer';
import { exportedModelLoss } from './exportedModelLoss';

const PATIENCE = 30;

function overfitting(es: Partial<EarlyStoppingConfig>): ConfigV1 {
  const c = defaultConfig();
  c.seed = 2;
  c.epochs = 250;
  c.data = { ...c.data, dataset: 'xor', samples: 60, labelNoise: 0.2 };
  c.model = { ...c.model, hidden: [16, 16], activation: 'tanh' };
  c.optimizer = { kind: 'adam', learningRate: 0.03, batchSize: 10 };
  c.earlyStopping = {
    enabled: true,
    patience: PATIENCE,
    minDelta: 0,
    restoreBest: true,
    markOnly: false,
    ...es,
  };
  return c;
}

function firstArgmin(xs: number[]): number {
  return xs.reduce((best, x, i) => (x < xs[best]! ? i : best), 0);
}

function valLosses(t: Trainer): number[] {
  return t.history.map((h) => h.valLoss!);
}

describe('early stopping', () => {
  it('stops `patience` epochs after the first minimum of the validation loss', () => {
    const t = new Trainer(overfitting({}));
    t.step(250);
    expect(t.status).toBe('stopped');
    const es = t.earlyStoppingState();
    const best = firstArgmin(valLosses(t));
    expect(best).toBeGreaterThan(0);
    expect(es.bestEpoch).toBe(best);
    expect(es.bestValLoss).toBe(t.history[best]!.valLoss);
    expect(es.stoppedEpoch! - es.bestEpoch!).toBe(PATIENCE);
    expect(t.epoch).toBe(es.stoppedEpoch);
    expect(t.history.map((h) => h.epoch)).toEqual(Array.from({ length: t.epoch + 1 }, (_, i) => i));
  });

  // The engine's tanh is a table (error < 1e-8, activations.ts), the hand computation uses
  // Math.tanh; through two layers of weights of size ~1 that moves the loss by < 1e-7, far
  // below the gap between the best and the stopped model's validation losses (≥ 1e-3 here).
  it('restores the best weights: the exported model reproduces bestValLoss', () => {
    const t = new Trainer(overfitting({}));
    t.step(250);
    const run = t.toRunExport();
    expect(run.earlyStopping.restored).toBe(true);
    const lossOfExport = exportedModelLoss(run.model, run.data.val);
    expect(Math.abs(lossOfExport - run.earlyStopping.bestValLoss!)).toBeLessThan(1e-6);
    expect(Math.abs(lossOfExport - run.history.at(-1)!.valLoss!)).toBeGreaterThan(1e-3);
    t.step(10);
    expect(t.epoch).toBe(run.earlyStopping.stoppedEpoch);
  });

  it('without restoreBest, stops but keeps the last weights', () => {
    const t = new Trainer(overfitting({ restoreBest: false }));
    t.step(250);
    expect(t.status).toBe('stopped');
    const run = t.toRunExport();
    expect(run.earlyStopping.restored).toBe(false);
    expect(
      Math.abs(exportedModelLoss(run.model, run.data.val) - run.history.at(-1)!.valLoss!),
    ).toBeLessThan(1e-6);
  });

  it('mark-only records the stop but trains on to config.epochs, showing the overfitting', () => {
    const stopped = new Trainer(overfitting({}));
    stopped.step(250);
    const stopEpoch = stopped.earlyStoppingState().stoppedEpoch!;
    const t = new Trainer(overfitting({ markOnly: true }));
    t.step(stopEpoch + 1);
    expect(t.status).toBe('running');
    expect(t.earlyStoppingState().stoppedEpoch).toBe(stopEpoch);
    t.step(250);
    expect(t.status).toBe('done');
    expect(t.epoch).toBe(250);
    const es = t.earlyStoppingState();
    expect(es).toEqual({ ...stopped.earlyStoppingState(), restored: false });
    const losses = valLosses(t);
    expect(losses.at(-1)!).toBeGreaterThan(losses[es.bestEpoch!]! + 0.1);
    // Mark-only never restores: the exported model is the last, overfitted one.
    expect(
      Math.abs(exportedModelLoss(t.toRunExport().model, t.points.val) - losses.at(-1)!),
    ).toBeLessThan(1e-6);
  });

  it('disabled never stops, yet still tracks the best epoch', () => {
    const t = new Trainer(overfitting({ enabled: false }));
    t.step(250);
    expect(t.status).toBe('done');
    expect(t.history).toHaveLength(251);
    const es = t.earlyStoppingState();
    expect(es.stoppedEpoch).toBeNull();
    expect(es.bestEpoch).toBe(firstArgmin(valLosses(t)));
    expect(es.restored).toBe(false);
  });

  it('counts only improvements larger than minDelta', () => {
    const t = new Trainer(overfitting({ minDelta: 10, patience: 7 }));
    t.step(250);
    expect(t.status).toBe('stopped');
    expect(t.earlyStoppingState()).toMatchObject({ bestEpoch: 0, stoppedEpoch: 7 });
    expect(t.earlyStoppingState().bestValLoss).toBe(t.history[0]!.valLoss);
  });

  it('a live change of patience acts at once on the whole history', () => {
    const c = overfitting({ patience: 1000 });
    const t = new Trainer(c);
    t.step(100);
    const best = t.earlyStoppingState().bestEpoch!;
    expect(100 - best).toBeGreaterThan(10);
    expect(t.status).toBe('running');
    expect(t.update({ ...c, earlyStopping: { ...c.earlyStopping, patience: 10 } })).toBe('live');
    t.step(1);
    expect(t.status).toBe('stopped');
    expect(t.earlyStoppingState().stoppedEpoch).toBe(101);
    expect(t.earlyStoppingState().bestEpoch).toBe(best);
    expect(
      Math.abs(exportedModelLoss(t.toRunExport().model, t.points.val) - t.history[best]!.valLoss!),
    ).toBeLessThan(1e-6);
  });

  it('switching early stopping on mid-run stops at the next epoch when patience has run out', () => {
    const c = overfitting({ enabled: false });
    const t = new Trainer(c);
    t.step(120);
    expect(t.update({ ...c, earlyStopping: { ...c.earlyStopping, enabled: true } })).toBe('live');
    t.step(5);
    expect(t.status).toBe('stopped');
    expect(t.epoch).toBe(121);
  });
});

describe('resuming after early stopping', () => {
  it('switching early stopping off lets a stopped run train on', () => {
    const c = defaultConfig();
    c.data = { ...c.data, dataset: 'xor', samples: 60, labelNoise: 0.2 };
    c.model = { ...c.model, hidden: [16, 16] };
    c.optimizer = { kind: 'adam', learningRate: 0.03, batchSize: 10 };
    c.earlyStopping = { ...c.earlyStopping, enabled: true, patience: 10 };
    c.epochs = 2000;
    const t = new Trainer(c);
    t.step(2000);
    expect(t.status).toBe('stopped');
    const stoppedAt = t.epoch;
    expect(t.update({ ...c, earlyStopping: { ...c.earlyStopping, enabled: false } })).toBe('live');
    t.step(5);
    expect(t.status).toBe('running');
    expect(t.epoch).toBe(stoppedAt + 5);
  });
});

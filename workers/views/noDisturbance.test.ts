// Looking must not change what is looked at: a run that computes every view between epochs trains
// on bit for bit like a run that never does (parameters, running statistics, history, early
// stopping, and through them the optimizer's state and every random stream).
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../engine/config';
import { defaultConfig } from '../engine/config';
import { Trainer } from '../engine/trainer';
import { SnapshotStore } from '../snapshots';
import { batchNormNoise, batchNormView } from './batchNormView';
import { decayComparison } from './decayComparison';
import { dropoutEnsembleView } from './dropoutEnsemble';
import { geometryView, pairTrajectory } from './geometry';
import { weightLineView } from './weightLine';
import { storedSnapshots, weightsOverTime } from './weightsOverTime';

/** Every random stream in use: batches, dropout masks, augmentation; Adam's moments; BN stats. */
function busyConfig(): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'moons', samples: 200 };
  c.model = { hidden: [6, 5], activation: 'tanh', batchNorm: true, dropoutKeep: 0.8 };
  c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 16 };
  c.regularization = { ...c.regularization, kind: 'elasticnet', lambda: 0.003, l1Ratio: 0.5 };
  c.augmentation = { ...c.augmentation, jitter: 0.2 };
  c.earlyStopping = { ...c.earlyStopping, enabled: true, markOnly: true, patience: 20 };
  return c;
}

function everyView(t: Trainer, store: SnapshotStore): void {
  const g = geometryView(t, { gridSize: 9 });
  pairTrajectory(storedSnapshots(store), [g.pair[0].param, g.pair[1].param]);
  weightLineView(t, { samples: 11 });
  dropoutEnsembleView(t, { members: 4, gridSize: 8 });
  batchNormView(t, { gridSize: 8 });
  batchNormNoise(t, { sizes: [4, 16], draws: 2, gridSize: 8 });
  weightsOverTime(t.layout, storedSnapshots(store), t.earlyStoppingState());
  decayComparison(t, { count: 3 });
}

function state(t: Trainer) {
  const opt = t.optimizerCopy();
  return {
    params: t.params.slice(),
    stats: t.runningStats(),
    history: structuredClone(t.history),
    es: t.earlyStoppingState(),
    adamSteps: Array.from(t.params, (_, i) => opt.stepSize(i, 0.01)),
    augmented: t.augmented.slice(),
  };
}

describe('the views leave training untouched', () => {
  it('a run that computes every view between epochs trains bit for bit as one that does not', () => {
    const looked = new Trainer(busyConfig());
    const plain = new Trainer(busyConfig());
    const store = new SnapshotStore(looked);
    for (let e = 0; e < 30; e++) {
      looked.step(1);
      store.observe();
      if (e % 10 === 0) everyView(looked, store);
      plain.step(1);
    }
    everyView(looked, store);
    looked.step(5);
    plain.step(5);
    const a = state(looked);
    const b = state(plain);
    expect(a.params).toEqual(b.params);
    expect(a.stats).toEqual(b.stats);
    expect(a.history).toEqual(b.history);
    expect(a.es).toEqual(b.es);
    expect(a.adamSteps).toEqual(b.adamSteps);
    expect(a.augmented).toEqual(b.augmented);
  }, 120_000);

  it('so does a full-batch logistic regression under L1 (the geometry lesson)', () => {
    const c = defaultConfig();
    c.data = { ...c.data, dataset: 'moons', samples: 200 };
    c.model.hidden = [];
    c.optimizer = { kind: 'sgd', learningRate: 0.1, batchSize: 0 };
    c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.3 };
    const looked = new Trainer(c);
    const plain = new Trainer(c);
    looked.step(50);
    plain.step(50);
    geometryView(looked);
    weightLineView(looked, { param: 1 });
    decayComparison(looked);
    looked.step(50);
    plain.step(50);
    expect(state(looked)).toEqual(state(plain));
  }, 60_000);
});

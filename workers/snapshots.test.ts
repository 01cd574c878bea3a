// The epoch scrubber's memory, called directly: bounded snapshots, a past epoch's weights equal
// to a fresh run trained that far, and live training untouched by looking back.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './engine/config';
import type { ConfigV1 } from './engine/config';
import { Trainer } from './engine/trainer';
import { DENSE_EPOCHS, SPARSE_LIMIT, SnapshotStore } from './snapshots';

import type { InspectableService } from './testing';
import { testService, until } from './testing';

function small(edit?: (c: ConfigV1) => void): ConfigV1 {
  const c = defaultConfig();
  c.data.samples = 80;
  c.model.hidden = [6];
  c.epochs = 100_000;
  edit?.(c);
  return c;
}

/** Trains a fresh run n epochs, as the service would. */
function freshAt(config: ConfigV1, epochs: number): Trainer {
  const t = new Trainer(config);
  t.step(epochs);
  return t;
}

async function trainTo(s: InspectableService, id: string, epochs: number): Promise<void> {
  s.subscribe(() => undefined);
  s.step(epochs);
  await until(() => s.trainerOf(id)!.epoch >= epochs);
}

describe('SnapshotStore', () => {
  it('keeps every early epoch, then thins, and never holds more than ~400 copies', () => {
    const c = small((c) => {
      c.earlyStopping = { ...c.earlyStopping, enabled: true, patience: 30, markOnly: true };
    });
    const t = new Trainer(c);
    const store = new SnapshotStore(t);
    let most = 0;
    for (let e = 0; e < 5000; e++) {
      t.step(1);
      store.observe();
      most = Math.max(most, store.count);
    }
    expect(most).toBeLessThanOrEqual(DENSE_EPOCHS + SPARSE_LIMIT + 2);
    const epochs = store.epochs();
    expect(epochs.slice(0, DENSE_EPOCHS)).toEqual(
      Array.from({ length: DENSE_EPOCHS }, (_, i) => i),
    );
    const es = t.earlyStoppingState();
    expect(es.stoppedEpoch).not.toBeNull();
    // The best and the stop epoch are always there, exactly.
    expect(store.nearest(es.bestEpoch!)!.epoch).toBe(es.bestEpoch);
    expect(store.nearest(es.stoppedEpoch!)!.epoch).toBe(es.stoppedEpoch);
    // The latest epochs stay reachable within one stride.
    expect(5000 - epochs[epochs.length - 1]!).toBeLessThanOrEqual(5000 / SPARSE_LIMIT);
  });

  it('answers the nearest stored epoch at or before the one asked for', () => {
    const t = new Trainer(small());
    const store = new SnapshotStore(t);
    for (let e = 0; e < 1000; e++) {
      t.step(1);
      store.observe();
    }
    const stored = store.epochs();
    const asked = 777;
    const got = store.nearest(asked)!.epoch;
    expect(got).toBeLessThanOrEqual(asked);
    expect(stored.filter((e) => e > got && e <= asked)).toEqual([]);
    expect(store.nearest(-1)).toBeNull();
  });
});

describe('TrainerService.inspect', () => {
  it('returns the weights and boundary a fresh run has after that many epochs', async () => {
    const config = small();
    const s = testService();
    s.createRun('a', config);
    await trainTo(s, 'a', 300);
    const seen = s.inspect('a', 120)!;
    expect(seen.epoch).toBe(120);
    const fresh = freshAt(config, 120);
    expect(Array.from(seen.weights)).toEqual(Array.from(fresh.weights()));
    const grid = new Float32Array(seen.gridSize * seen.gridSize);
    fresh.evaluateGrid(seen.gridSize, grid);
    expect(Array.from(seen.grid)).toEqual(Array.from(grid));
    expect(s.inspect('nobody', 10)).toBeNull();
  });

  it('restores batch-norm running statistics with the weights', async () => {
    const config = small((c) => (c.model.batchNorm = true));
    const s = testService();
    s.createRun('bn', config);
    await trainTo(s, 'bn', 150);
    const seen = s.inspect('bn', 60)!;
    const fresh = freshAt(config, 60);
    const grid = new Float32Array(seen.gridSize * seen.gridSize);
    fresh.evaluateGrid(seen.gridSize, grid);
    expect(seen.epoch).toBe(60);
    expect(Array.from(seen.grid)).toEqual(Array.from(grid));
  });

  it('leaves live training exactly as it would have been without looking back', async () => {
    const config = small((c) => (c.model.dropoutKeep = 0.8));
    const looked = testService();
    const plain = testService();
    looked.createRun('a', config);
    plain.createRun('a', config);
    await trainTo(looked, 'a', 100);
    for (const e of [0, 10, 50, 99]) expect(looked.inspect('a', e)!.epoch).toBe(e);
    looked.step(100);
    await until(() => looked.trainerOf('a')!.epoch >= 200);
    await trainTo(plain, 'a', 200);
    expect(Array.from(looked.trainerOf('a')!.weights())).toEqual(
      Array.from(plain.trainerOf('a')!.weights()),
    );
  });

  it('forgets the past when the run starts over', async () => {
    const s = testService();
    s.createRun('a', small());
    await trainTo(s, 'a', 50);
    const before = s.inspect('a', 40)!;
    s.reset();
    expect(s.inspect('a', 40)!.epoch).toBe(0);
    expect(s.inspect('a', 40)!.generation).toBe(before.generation + 1);
  });
});

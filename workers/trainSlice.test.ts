import { describe, expect, it } from 'vitest';
import { defaultConfig } from './engine/config';
import { Trainer } from './engine/trainer';
import { SnapshotStore } from './snapshots';
import type { Run } from './trainSlice';
import { anyRunning, trainSlice } from './trainSlice';

function run(epochs: number, seed = 1): Run {
  const config = defaultConfig();
  config.seed = seed;
  config.data.samples = 60;
  config.epochs = epochs;
  const trainer = new Trainer(config);
  return {
    config,
    trainer,
    cursor: { generation: 1, sentHistory: 0, sentStart: false },
    snapshots: new SnapshotStore(trainer),
  };
}

describe('trainSlice', () => {
  it('advances every running run by the same epochs, up to the slice’s epochs', () => {
    const runs = new Map([
      ['a', run(100)],
      ['b', run(100, 2)],
    ]);
    expect(trainSlice(runs, 37, Infinity, false, () => 0)).toBe(37);
    expect([...runs.values()].map((r) => r.trainer.epoch)).toEqual([37, 37]);
  });

  it('stops at the deadline after a whole chunk, and when no run is left running', () => {
    const runs = new Map([['a', run(10)]]);
    let t = 0;
    // Every chunk "takes" 5 ms: the first chunk (1 epoch) reaches a deadline of 5.
    expect(trainSlice(runs, Infinity, 5, false, () => (t += 2.5))).toBe(1);
    expect(trainSlice(runs, Infinity, Infinity, false, () => 0)).toBe(9);
    expect(anyRunning(runs.values())).toBe(false);
    expect(trainSlice(runs, Infinity, Infinity, false, () => 0)).toBe(0);
  });

  it('measures all splits at every chunk’s last epoch, so each frame has fresh curves', () => {
    const runs = new Map([['a', run(100)]]);
    trainSlice(runs, 8, Infinity, false, () => 0);
    const a = runs.get('a')!;
    // The record of the slice's last epoch has the training loss measured on the whole split.
    const last = a.trainer.history.at(-1)!;
    expect(last.epoch).toBe(8);
    expect(Number.isFinite(last.trainLoss)).toBe(true);
  });
});

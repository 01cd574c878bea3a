// One slice of training for the service's runs: every running run advances by the same number
// of epochs (so side-by-side runs share an epoch axis), in chunks that grow while they take well
// under the time left, until the slice's epochs or its deadline.
import type { ConfigV1 } from './engine/config';
import { Trainer } from './engine/trainer';
import type { RunCursor } from './runFrame';
import { SnapshotStore } from './snapshots';

export interface Run {
  config: ConfigV1;
  trainer: Trainer;
  cursor: RunCursor;
  /** The run's past parameters, for the epoch scrubber. */
  snapshots: SnapshotStore;
}

/** A run (re)started from its config's initial weights, with nothing of it sent yet. */
export function newRun(config: ConfigV1, generation: number): Run {
  const trainer = new Trainer(config);
  const cursor = { generation, sentHistory: 0, sentStart: false, sentBoundary: null };
  return { config, trainer, cursor, snapshots: new SnapshotStore(trainer) };
}

export function anyRunning(runs: Iterable<Run>): boolean {
  for (const run of runs) if (run.trainer.status === 'running') return true;
  return false;
}

/** Trains a run epoch by epoch, so the snapshot store sees every epoch's end; returns the epochs. */
function advance(run: Run, epochs: number, evaluateAll: boolean): number {
  let i = 0;
  for (; i < epochs && run.trainer.status === 'running'; i++) {
    run.trainer.step(1, { evaluateAll });
    run.snapshots.observe();
  }
  return i;
}

/**
 * Trains `runs` until `max` epochs or `deadline` (by `now`); returns the epochs trained (those of
 * the run that went furthest). The last
 * epoch of every chunk measures all splits, so every frame has fresh curves.
 */
export function trainSlice(
  runs: ReadonlyMap<string, Run>,
  max: number,
  deadline: number,
  evaluateAll: boolean,
  now: () => number,
): number {
  let done = 0;
  let chunk = 1;
  while (done < max && anyRunning(runs.values())) {
    const k = Math.min(chunk, max - done);
    const t0 = now();
    // The epochs the furthest run went: a run that ends mid-chunk does not count the rest.
    let trained = 0;
    for (const run of runs.values()) {
      const n = (k > 1 ? advance(run, k - 1, evaluateAll) : 0) + advance(run, 1, true);
      trained = Math.max(trained, n);
    }
    done += trained;
    const t1 = now();
    if (t1 >= deadline) break;
    if ((t1 - t0) * 4 < deadline - t1) chunk *= 2;
  }
  return done;
}

// Runs a sweep's grid on a pool of workers. Page-safe: the engine runs only in the workers,
// whose entry calls serveSweep (serveSweep.ts).
import type { PoolWorker } from './pool';
import { runPool } from './pool';
import type { SweepPointFailure, SweepPointResult } from './sweepExport';
import type { SweepPointKey, SweepSpec } from './sweepSpec';
import { sweepGrid } from './sweepSpec';

export interface SweepRunOptions {
  spawn: () => PoolWorker;
  workers: number;
  /** See PoolOptions.silenceMs: a worker silent this long while training counts as crashed. */
  silenceMs?: number;
  /** Called as each point ends (in the order they end), with the count ended so far. */
  onPoint?: (point: SweepPointResult | SweepPointFailure, ended: number, total: number) => void;
}

export interface SweepOutcome {
  /** Finished points and failed ones, each in grid order. */
  points: SweepPointResult[];
  failed: SweepPointFailure[];
  /** Points not trained because the sweep was cancelled. */
  cancelled: number;
}

export interface SweepRun {
  done: Promise<SweepOutcome>;
  cancel(): void;
}

export function runSweep(spec: SweepSpec, options: SweepRunOptions): SweepRun {
  const grid = sweepGrid(spec);
  let ended = 0;
  const pool = runPool<SweepSpec, SweepPointKey, SweepPointResult>({
    spawn: options.spawn,
    size: options.workers,
    setup: spec,
    tasks: grid,
    silenceMs: options.silenceMs,
    onOutcome: (index, outcome) => {
      ended++;
      if (outcome.status === 'done') options.onPoint?.(outcome.result, ended, grid.length);
      else if (outcome.status === 'failed') {
        options.onPoint?.({ ...grid[index]!, error: outcome.error }, ended, grid.length);
      }
    },
  });
  const done = pool.done.then((outcomes) => {
    const result: SweepOutcome = { points: [], failed: [], cancelled: 0 };
    outcomes.forEach((o, i) => {
      if (o.status === 'done') result.points.push(o.result);
      else if (o.status === 'failed') result.failed.push({ ...grid[i]!, error: o.error });
      else result.cancelled++;
    });
    return result;
  });
  return { done, cancel: () => pool.cancel() };
}

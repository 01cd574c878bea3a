// The pool on real Node worker_threads, as the sweep CLI runs it.
import { describe, expect, it } from 'vitest';
import { until } from '../workers/testing';
import { runSweep } from '../workers/sweep/runSweep';
import type { SweepOutcome } from '../workers/sweep/runSweep';
import { runSweepPoint } from '../workers/sweep/sweepPoint';
import type { SweepSpec } from '../workers/sweep/sweepSpec';
import { sweepGrid, validateSweepSpec } from '../workers/sweep/sweepSpec';
import { smallSweep, smallSweepConfig } from '../workers/sweep/sweepTesting';
import type { NodePoolWorker } from './sweepNodeWorkers';
import { nodePoolWorker } from './sweepNodeWorkers';
import type { CrashForTest } from './sweepTestWorker';

const TEST_WORKER = new URL('./sweepTestWorker.ts', import.meta.url);
// Each worker thread starts its own TypeScript loader: seconds on a busy 2-core machine.
const TIMEOUT = 120_000;

async function sweep(
  spec: SweepSpec,
  workers: number,
  spawn: () => NodePoolWorker = () => nodePoolWorker(),
): Promise<SweepOutcome> {
  return runSweep(spec, { spawn, workers }).done;
}

function inThisThread(spec: SweepSpec) {
  return sweepGrid(spec).map((k) => runSweepPoint(spec, k.lambda, k.dropoutKeep, k.repeat));
}

describe('sweep pool on worker_threads', () => {
  it(
    'gives the same points, bit for bit, with 1 and 3 workers as training them in this thread',
    async () => {
      const spec = smallSweep();
      const expected = JSON.stringify(inThisThread(spec));
      const one = await sweep(spec, 1);
      const three = await sweep(spec, 3);
      expect(one.failed).toEqual([]);
      expect(JSON.stringify(one.points)).toBe(expected);
      expect(JSON.stringify(three.points)).toBe(expected);
      expect(three.cancelled).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'cancel terminates every worker thread at once, in the middle of long points',
    async () => {
      const config = smallSweepConfig();
      config.epochs = 100_000; // minutes per point: only cancel can end this sweep
      config.model.hidden = [16, 16];
      const spec = validateSweepSpec({ config, lambda: [0, 0.001, 0.01] }).spec;
      const spawned: NodePoolWorker[] = [];
      let started = 0;
      const exited: number[] = [];
      const run = runSweep(spec, {
        workers: 2,
        spawn: () => {
          const w = nodePoolWorker(TEST_WORKER);
          const k = spawned.push(w) - 1;
          w.thread.on('message', (m: { type: string }) => {
            if (m.type === 'test:taskStarted') started++;
          });
          w.thread.on('exit', () => exited.push(k));
          return w;
        },
      });
      await until(() => started === 2, TIMEOUT);
      run.cancel();
      const outcome = await run.done;
      expect(outcome).toEqual({ points: [], failed: [], cancelled: 3 });
      await until(() => exited.length === 2, 10_000);
      expect(spawned).toHaveLength(2);
    },
    TIMEOUT,
  );

  /** Worker threads running the test worker; `crashing(k)` says how the k-th one crashes. */
  function crashingSpawn(crashing: (k: number) => CrashForTest | null) {
    const spawned: NodePoolWorker[] = [];
    const spawn = (): NodePoolWorker => {
      const w = nodePoolWorker(TEST_WORKER);
      const crash = crashing(spawned.length);
      spawned.push(w);
      if (crash !== null) w.post(crash);
      return w;
    };
    return { spawn, spawned };
  }

  it(
    'replaces a worker that crashes mid-sweep and retries its point, with identical results',
    async () => {
      const spec = smallSweep();
      const { spawn, spawned } = crashingSpawn((k) =>
        k === 0 ? { type: 'test:crashOn', lambda: 0.001, how: 'throw' } : null,
      );
      // One worker: it alone meets λ = 0.001 (with two, the other one might take that point and
      // nothing would crash).
      const outcome = await sweep(spec, 1, spawn);
      expect(spawned).toHaveLength(2); // the crashed one's replacement
      expect(outcome.failed).toEqual([]);
      expect(JSON.stringify(outcome.points)).toBe(JSON.stringify(inThisThread(spec)));
    },
    TIMEOUT,
  );

  it(
    'marks a point failed when its worker crashes again on the retry, and trains the rest',
    async () => {
      const spec = validateSweepSpec({ config: smallSweepConfig(), lambda: [0, 0.03] }).spec;
      const { spawn } = crashingSpawn(() => ({ type: 'test:crashOn', lambda: 0.03, how: 'exit' }));
      const outcome = await sweep(spec, 2, spawn);
      expect(outcome.failed).toEqual([
        {
          lambda: 0.03,
          dropoutKeep: 1,
          repeat: 0,
          error: 'its worker crashed 2 times (the worker thread exited with code 3)',
        },
      ]);
      expect(outcome.points).toEqual([runSweepPoint(spec, 0, 1, 0)]);
    },
    TIMEOUT,
  );
});

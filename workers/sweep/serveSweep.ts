// What a sweep worker runs: the pool protocol with runSweepPoint as the task. Called by the
// worker entries (sweep.worker.ts in the browser, scripts/sweepWorker.ts in Node).
import type { PoolPort } from './poolWorker';
import { serveTasks } from './poolWorker';
import type { SweepPointResult } from './sweepExport';
import { runSweepPoint } from './sweepPoint';
import type { SweepPointKey, SweepSpec } from './sweepSpec';

export function serveSweep(port: PoolPort): void {
  serveTasks<SweepSpec, SweepPointKey, SweepPointResult>(port, (spec, key) =>
    runSweepPoint(spec, key.lambda, key.dropoutKeep, key.repeat),
  );
}

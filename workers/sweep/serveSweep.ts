// What a sweep worker runs: the pool protocol with runSweepPoint as the task, or, for the page, a
// question about the sweep (pointQuery.ts). Called by the worker entries (sweep.worker.ts in the
// browser, scripts/sweepWorker.ts in Node).
import { answerQuery } from './pointQuery';
import type { PoolPort } from './poolWorker';
import { serveTasks } from './poolWorker';
import type { SweepPointResult } from './sweepExport';
import { runSweepPoint } from './sweepPoint';
import type { SweepQuery } from './sweepQueryTypes';
import type { SweepPointKey, SweepSpec } from './sweepSpec';

export type SweepTask = SweepPointKey | SweepQuery;

export function serveSweep(port: PoolPort): void {
  serveTasks<SweepSpec, SweepTask, SweepPointResult | ReturnType<typeof answerQuery>>(
    port,
    (spec, task, alive) =>
      'query' in task
        ? answerQuery(spec, task)
        : runSweepPoint(spec, task.lambda, task.dropoutKeep, task.repeat, alive),
  );
}

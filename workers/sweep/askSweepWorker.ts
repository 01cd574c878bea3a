// Asks one sweep worker one question (sweepQueryTypes.ts) from the page: a pool of one worker and
// one task, so a worker that crashes is replaced and asked again like a sweep point's. The worker
// ends with the answer. Page-safe: no engine here.
import type { PoolWorker } from './pool';
import { runPool } from './pool';
import type { SweepExportV1 } from './sweepExport';
import type { GridAnswer, SweepQuery } from './sweepQueryTypes';
import type { SweepSpec } from './sweepSpec';

type Answer<Q extends SweepQuery> = Q extends { query: 'data' }
  ? SweepExportV1['data']
  : GridAnswer;

export interface SweepQuestion<A> {
  answer: Promise<A>;
  /** Stops the worker; the answer rejects. */
  cancel(): void;
}

export function askSweepWorker<Q extends SweepQuery>(
  spawn: () => PoolWorker,
  spec: SweepSpec,
  query: Q,
  silenceMs?: number,
): SweepQuestion<Answer<Q>> {
  const pool = runPool<SweepSpec, SweepQuery, Answer<Q>>({
    spawn,
    size: 1,
    setup: spec,
    tasks: [query],
    silenceMs,
  });
  const answer = pool.done.then(([outcome]) => {
    if (outcome?.status === 'done') return outcome.result;
    throw new Error(
      outcome?.status === 'failed'
        ? `The sweep worker could not answer: ${outcome.error}`
        : 'The question to the sweep worker was cancelled.',
    );
  });
  return { answer, cancel: () => pool.cancel() };
}

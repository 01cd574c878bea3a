// A sweep worker for the page's pool (its own thread beside the live run's worker).
import type { PoolWorker } from '../../workers/contract';
import { browserPoolWorker } from '../../workers/contract';

export function spawnSweepWorker(): PoolWorker {
  // Written literally: Vite bundles a worker only from this exact form.
  return browserPoolWorker(
    new Worker(new URL('../../workers/sweep/sweep.worker.ts', import.meta.url), {
      type: 'module',
    }),
  );
}

/** Cores minus one (the page and the live run share the last), at least one. */
export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, cores - 1);
}

// A browser Worker as the pool's PoolWorker (pool.ts), for the page's sweep pool, e.g.
//   runSweep(spec, { workers: Math.max(1, navigator.hardwareConcurrency - 1), spawn: () =>
//     browserPoolWorker(new Worker(new URL('../workers/sweep/sweep.worker.ts', import.meta.url),
//       { type: 'module' })) })
import type { PoolWorker } from './pool';

export function browserPoolWorker(worker: Worker): PoolWorker {
  const pw: PoolWorker = {
    post: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (event) => pw.onmessage?.(event.data);
  worker.onerror = (event) => {
    event.preventDefault(); // handled: the pool replaces the worker and retries its point
    pw.onerror?.(event);
  };
  worker.onmessageerror = () =>
    pw.onerror?.(new Error('a message from the worker could not be read'));
  return pw;
}

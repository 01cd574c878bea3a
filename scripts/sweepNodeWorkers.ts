// Node worker_threads as the pool's PoolWorker (workers/sweep/pool.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PoolWorker } from '../workers/sweep/pool';

const BOOT = new URL('./sweepWorkerBoot.mjs', import.meta.url);
export const SWEEP_WORKER = new URL('./sweepWorker.ts', import.meta.url);

/** Cores minus one (the main thread draws the progress), at least one. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface NodePoolWorker extends PoolWorker {
  readonly thread: Worker;
}

/** A worker thread running the TypeScript entry `entry`; an exit it did not ask for is a crash. */
export function nodePoolWorker(entry: URL = SWEEP_WORKER): NodePoolWorker {
  const thread = new Worker(BOOT, { workerData: { entry: entry.href } });
  let terminated = false;
  const worker: NodePoolWorker = {
    thread,
    post: (message) => thread.postMessage(message),
    terminate: () => {
      terminated = true;
      void thread.terminate();
    },
    onmessage: null,
    onerror: null,
  };
  thread.on('message', (data: unknown) => worker.onmessage?.(data));
  thread.on('error', (err) => worker.onerror?.(err));
  thread.on('messageerror', (err) => worker.onerror?.(err));
  thread.on('exit', (code) => {
    if (!terminated) worker.onerror?.(new Error(`the worker thread exited with code ${code}`));
  });
  return worker;
}

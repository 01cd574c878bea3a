// Starts a TypeScript worker thread: Node 20 does not pass tsx's loader on to worker threads,
// so each worker registers it, then imports the entry named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

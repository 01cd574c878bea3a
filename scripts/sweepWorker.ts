// The Node entry of a sweep worker thread (the CLI's pool); the browser's is
// workers/sweep/sweep.worker.ts. Both serve the same protocol.
import { parentPort } from 'node:worker_threads';
import { serveSweep } from '../workers/sweep/serveSweep';

const port = parentPort;
if (port === null) throw new Error('sweepWorker.ts runs as a worker thread, not on its own');
serveSweep({
  listen: (handler) => port.on('message', handler),
  post: (message) => port.postMessage(message),
});

// A sweep worker for the pool's tests only (never spawned by the CLI or the page): the
// production protocol, plus a test message that makes the worker crash when it receives a task
// of a given λ, in the middle of a sweep, either by an uncaught error or by exiting; and a
// 'test:taskStarted' message as each task starts (the pool ignores messages it does not know).
import { parentPort } from 'node:worker_threads';
import { serveSweep } from '../workers/sweep/serveSweep';

export interface CrashForTest {
  type: 'test:crashOn';
  lambda: number;
  how: 'throw' | 'exit';
}

const port = parentPort;
if (port === null) throw new Error('sweepTestWorker.ts runs as a worker thread, not on its own');
let crash: CrashForTest | null = null;
let serve: (data: unknown) => void = () => {};
serveSweep({ listen: (handler) => (serve = handler), post: (m) => port.postMessage(m) });
port.on('message', (data: { type: string; task?: { lambda: number } }) => {
  if (data.type === 'test:crashOn') {
    crash = data as CrashForTest;
    return;
  }
  if (data.type === 'task') port.postMessage({ type: 'test:taskStarted' });
  if (crash !== null && data.type === 'task' && data.task?.lambda === crash.lambda) {
    if (crash.how === 'exit') process.exit(3);
    throw new Error('crash injected by the test');
  }
  serve(data);
});

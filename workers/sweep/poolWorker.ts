// The worker's side of the pool protocol (see pool.ts): keeps the setup, runs each task it is
// sent and answers with its result, or with the error the task threw. No platform API here: the
// entry (a browser Worker, a Node worker thread) passes in how to listen and how to post.
import type { PoolReply, PoolRequest } from './pool';

export interface PoolPort {
  /** Registers the one handler for messages from the pool. */
  listen(handler: (data: unknown) => void): void;
  post(message: unknown): void;
}

export function serveTasks<S, T, R>(port: PoolPort, run: (setup: S, task: T) => R): void {
  let setup: { value: S } | null = null;
  port.listen((data) => {
    const request = data as PoolRequest<S, T>;
    if (request.type === 'setup') {
      setup = { value: request.setup };
      return;
    }
    let reply: PoolReply<R>;
    try {
      if (setup === null) throw new Error('a task arrived before the setup');
      reply = { type: 'result', id: request.id, result: run(setup.value, request.task) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      reply = { type: 'error', id: request.id, message };
    }
    port.post(reply);
  });
}

// The worker's side of the pool protocol (see pool.ts): keeps the setup, runs each task it is
// sent and answers with its result, or with the error the task threw. A task runs synchronously,
// so the worker cannot answer a timer while it trains: the task calls `alive()` as it goes, and
// every ALIVE_MS at most that tells the pool the worker is still there. No platform API here: the
// entry (a browser Worker, a Node worker thread) passes in how to listen and how to post.
import type { PoolReply, PoolRequest } from './pool';

export interface PoolPort {
  /** Registers the one handler for messages from the pool. */
  listen(handler: (data: unknown) => void): void;
  post(message: unknown): void;
}

/** The most often a busy worker says it is alive; far below any pool's silenceMs. */
export const ALIVE_MS = 1000;

export function serveTasks<S, T, R>(
  port: PoolPort,
  run: (setup: S, task: T, alive: () => void) => R,
  now: () => number = Date.now,
): void {
  let setup: { value: S } | null = null;
  port.listen((data) => {
    const request = data as PoolRequest<S, T>;
    if (request.type === 'setup') {
      setup = { value: request.setup };
      return;
    }
    let reply: PoolReply<R>;
    let said = now();
    const alive = (): void => {
      const t = now();
      if (t - said < ALIVE_MS) return;
      said = t;
      port.post({ type: 'alive', id: request.id } satisfies PoolReply<R>);
    };
    try {
      if (setup === null) throw new Error('a task arrived before the setup');
      reply = { type: 'result', id: request.id, result: run(setup.value, request.task, alive) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      reply = { type: 'error', id: request.id, message };
    }
    port.post(reply);
  });
}

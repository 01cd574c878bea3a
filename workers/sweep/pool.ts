// A pool of workers that runs a list of tasks, one task per worker at a time. It knows workers
// only through PoolWorker, so the same code drives browser Workers (the page) and Node
// worker_threads (the CLI). Outcomes are stored by task index: the result list is the same
// whatever the number of workers and whatever order tasks finish in.
//
// Protocol: each worker receives {type: 'setup'} once, then {type: 'task', id} messages, and
// answers each with {type: 'result', id} or {type: 'error', id} (the task threw: the same input
// would throw again, so it fails at once). A worker that crashes (an error event, or it exits)
// is replaced and its task retried once; a second crash fails the task. While a task runs the
// worker says {type: 'alive', id} now and then (poolWorker.ts): with `silenceMs` set, a worker
// that says nothing for that long counts as crashed, since a worker can die without an error
// event (a browser Worker that closed itself, a killed process) and would stall the pool forever.

/** A worker as the pool sees it; the adapter forwards the platform's events to the handlers. */
export interface PoolWorker {
  post(message: unknown): void;
  /** Stops the worker at once, even in the middle of a task. */
  terminate(): void;
  onmessage: ((data: unknown) => void) | null;
  onerror: ((error: unknown) => void) | null;
}

export type PoolRequest<S, T> = { type: 'setup'; setup: S } | { type: 'task'; id: number; task: T };

export type PoolReply<R> =
  | { type: 'result'; id: number; result: R }
  | { type: 'error'; id: number; message: string }
  | { type: 'alive'; id: number };

export type TaskOutcome<R> =
  { status: 'done'; result: R } | { status: 'failed'; error: string } | { status: 'cancelled' };

export interface PoolOptions<S, T, R> {
  spawn: () => PoolWorker;
  /** Number of workers, at least 1 (never more than there are tasks). */
  size: number;
  /** Sent to every worker before its first task (the sweep spec). */
  setup: S;
  tasks: readonly T[];
  /** Called as each task ends, in the order they end. */
  onOutcome?: (index: number, outcome: TaskOutcome<R>) => void;
  /**
   * A worker that sends nothing (no result, error or alive message) for this many milliseconds
   * while it has a task is taken as crashed. Unset: no watch (a worker's end is always seen).
   */
  silenceMs?: number;
}

export interface PoolRun<R> {
  /** Every task's outcome by index; resolves when all ended or after cancel(). */
  done: Promise<TaskOutcome<R>[]>;
  /** Terminates every worker at once; unfinished tasks end 'cancelled'. */
  cancel(): void;
}

/** How many times a task is retried after its worker crashed. */
export const CRASH_RETRIES = 1;

interface Slot {
  worker: PoolWorker;
  task: number | null;
  /** Date.now() when the worker was last heard from (or given its task). */
  heardAt: number;
}

export function runPool<S, T, R>(options: PoolOptions<S, T, R>): PoolRun<R> {
  const { tasks, spawn } = options;
  const n = tasks.length;
  const outcomes = new Array<TaskOutcome<R> | undefined>(n);
  const crashes = new Int32Array(n);
  const retries: number[] = [];
  const slots = new Set<Slot>();
  let next = 0;
  let ended = 0;
  let finished = false;
  let watch: ReturnType<typeof setInterval> | undefined;
  let resolve!: (o: TaskOutcome<R>[]) => void;
  let reject!: (err: unknown) => void;
  const done = new Promise<TaskOutcome<R>[]>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  const stop = (slot: Slot): void => {
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    slots.delete(slot);
    slot.worker.terminate();
  };

  const finish = (): void => {
    finished = true;
    clearInterval(watch);
    for (const slot of [...slots]) stop(slot);
    resolve(Array.from(outcomes, (o) => o ?? { status: 'cancelled' }));
  };

  const end = (index: number, outcome: TaskOutcome<R>): void => {
    outcomes[index] = outcome;
    ended++;
    options.onOutcome?.(index, outcome);
  };

  const dispatch = (slot: Slot): void => {
    const index = retries.shift() ?? (next < n ? next++ : null);
    if (index === null) {
      stop(slot); // nothing left for it: free it now, not when the last task ends
      if (ended === n && !finished) finish();
      return;
    }
    slot.task = index;
    slot.heardAt = Date.now();
    const message: PoolRequest<S, T> = { type: 'task', id: index, task: tasks[index]! };
    slot.worker.post(message);
  };

  const onReply = (slot: Slot, data: unknown): void => {
    if (finished || slot.task === null || typeof data !== 'object' || data === null) return;
    const reply = data as PoolReply<R>;
    if (reply.id !== slot.task) return;
    if (reply.type === 'alive') slot.heardAt = Date.now();
    if (reply.type !== 'result' && reply.type !== 'error') return;
    const index = slot.task;
    slot.task = null;
    if (reply.type === 'result') end(index, { status: 'done', result: reply.result });
    else end(index, { status: 'failed', error: reply.message });
    if (!finished) dispatch(slot);
  };

  const onCrash = (slot: Slot, error: unknown): void => {
    if (finished || !slots.has(slot)) return;
    stop(slot);
    const index = slot.task;
    if (index !== null) {
      crashes[index]!++;
      if (crashes[index]! > CRASH_RETRIES) {
        end(index, {
          status: 'failed',
          error: `its worker crashed ${crashes[index]} times (${errorText(error)})`,
        });
      } else {
        retries.unshift(index);
      }
    }
    if (retries.length > 0 || next < n) start();
    else if (ended === n) finish();
  };

  const start = (): void => {
    let worker: PoolWorker;
    try {
      worker = spawn();
    } catch (err) {
      finished = true;
      clearInterval(watch);
      for (const slot of [...slots]) stop(slot);
      reject(err);
      return;
    }
    const slot: Slot = { worker, task: null, heardAt: Date.now() };
    slots.add(slot);
    worker.onmessage = (data) => onReply(slot, data);
    worker.onerror = (error) => onCrash(slot, error);
    const setup: PoolRequest<S, T> = { type: 'setup', setup: options.setup };
    worker.post(setup);
    dispatch(slot);
  };

  const silence = options.silenceMs;
  const checkSilence = (): void => {
    const now = Date.now();
    for (const slot of [...slots]) {
      if (slot.task !== null && now - slot.heardAt > silence!) {
        onCrash(slot, new Error(`it sent nothing for ${Math.round(silence! / 1000)} s`));
      }
    }
  };

  if (n === 0) finish();
  else {
    const size = Math.max(1, Math.min(Math.floor(options.size), n));
    for (let k = 0; k < size && !finished; k++) start();
    // A quarter of the allowed silence between checks: a dead worker is seen within 1.25×.
    if (silence !== undefined && !finished) {
      watch = setInterval(checkSilence, Math.max(10, silence / 4));
    }
  }

  return {
    done,
    cancel: () => {
      if (!finished) finish();
    },
  };
}

/** A crash's reason, shortened: Node gives an Error, a browser an ErrorEvent. */
export function errorText(error: unknown): string {
  const message =
    error instanceof Error
      ? error.message
      : typeof (error as { message?: unknown } | null)?.message === 'string'
        ? (error as { message: string }).message
        : String(error);
  return message.length > 200 ? `${message.slice(0, 197)}...` : message;
}

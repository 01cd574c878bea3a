import { describe, expect, it } from 'vitest';
import { until } from '../testing';
import type { PoolWorker, TaskOutcome } from './pool';
import { runPool } from './pool';
import { serveTasks } from './poolWorker';

/**
 * An in-process worker on the real protocol (serveTasks). Each task runs after a delay of its
 * own (so tasks end out of order); `crashOn` makes the worker crash instead of answering.
 */
class FakeWorker implements PoolWorker {
  onmessage: ((data: unknown) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;
  terminated = false;
  tasksSeen: number[] = [];
  private handler: ((data: unknown) => void) | null = null;

  constructor(crashOn: (task: number) => boolean = () => false) {
    serveTasks<string, number, string>(
      {
        listen: (h) => (this.handler = h),
        post: (m) => {
          if (!this.terminated) this.onmessage?.(m);
        },
      },
      (setup, task) => {
        if (task < 0) throw new Error(`task ${task} is negative`);
        return `${setup}:${task * task}`;
      },
    );
    this.crashOn = crashOn;
  }

  private readonly crashOn: (task: number) => boolean;

  post(message: unknown): void {
    const m = message as { type: string; task?: number };
    // Messages arrive in order, as between threads: the setup at once, a task after a delay
    // of its own (one task at a time is in flight).
    if (m.type !== 'task') {
      this.handler!(message);
      return;
    }
    this.tasksSeen.push(m.task!);
    setTimeout(
      () => {
        if (this.terminated) return;
        if (this.crashOn(m.task!)) this.onerror?.(new Error('boom'));
        else this.handler!(message);
      },
      (m.task! * 7) % 5,
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

function pool(size: number, tasks: number[], crashOn?: (task: number, spawned: number) => boolean) {
  const spawned: FakeWorker[] = [];
  const order: number[] = [];
  const run = runPool<string, number, string>({
    spawn: () => {
      const n = spawned.length;
      const w = new FakeWorker(crashOn && ((t) => crashOn(t, n)));
      spawned.push(w);
      return w;
    },
    size,
    setup: 's',
    tasks,
    onOutcome: (i) => order.push(i),
  });
  return { run, spawned, order };
}

const TASKS = [3, 1, 4, 1, 5, 9, 2, 6];
const EXPECTED: TaskOutcome<string>[] = TASKS.map((t) => ({
  status: 'done',
  result: `s:${t * t}`,
}));

describe('runPool', () => {
  it('gives every outcome at its task index, whatever the number of workers', async () => {
    for (const size of [1, 2, 3, 8, 20]) {
      const { run, spawned, order } = pool(size, TASKS);
      expect(await run.done).toEqual(EXPECTED);
      expect(spawned).toHaveLength(Math.min(size, TASKS.length));
      expect(spawned.every((w) => w.terminated)).toBe(true);
      expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it('fails a task that throws at once, without a retry, and goes on with the others', async () => {
    const { run, spawned } = pool(2, [2, -1, 3]);
    expect(await run.done).toEqual([
      { status: 'done', result: 's:4' },
      { status: 'failed', error: 'task -1 is negative' },
      { status: 'done', result: 's:9' },
    ]);
    expect(spawned).toHaveLength(2);
  });

  it('replaces a crashed worker and retries its task once', async () => {
    // Only the first worker crashes (on task 4); its replacement runs the task again.
    const { run, spawned } = pool(2, TASKS, (task, n) => n === 0 && task === 4);
    expect(await run.done).toEqual(EXPECTED);
    expect(spawned).toHaveLength(3);
    expect(spawned[0]!.terminated).toBe(true);
    expect(spawned[2]!.tasksSeen[0]).toBe(4);
  });

  it('fails a task whose worker crashes twice, and still finishes the others', async () => {
    const { run, spawned } = pool(2, TASKS, (task) => task === 9);
    const outcomes = await run.done;
    expect(outcomes[5]).toEqual({ status: 'failed', error: 'its worker crashed 2 times (boom)' });
    expect(outcomes.filter((o, i) => i !== 5)).toEqual(EXPECTED.filter((o, i) => i !== 5));
    // Task 9 ran on exactly two workers, both terminated (a replacement is started only while
    // tasks are left, so 3 or 4 workers in all).
    expect(spawned.filter((w) => w.tasksSeen.includes(9))).toHaveLength(2);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('cancel terminates every worker at once and ends the unfinished tasks as cancelled', async () => {
    const { run, spawned, order } = pool(3, TASKS);
    await until(() => order.length >= 2);
    run.cancel();
    expect(spawned.every((w) => w.terminated)).toBe(true);
    const outcomes = await run.done;
    const ended = order.length;
    expect(outcomes.filter((o) => o.status === 'done')).toHaveLength(ended);
    expect(outcomes.filter((o) => o.status === 'cancelled')).toHaveLength(TASKS.length - ended);
    outcomes.forEach((o, i) => {
      if (o.status === 'done') expect(o).toEqual(EXPECTED[i]);
    });
    run.cancel(); // a second cancel changes nothing
    expect(await run.done).toEqual(outcomes);
  });

  it('frees a worker as soon as no task is left for it', async () => {
    const spawned: FakeWorker[] = [];
    const terminatedAt: number[] = [];
    const run = runPool<string, number, string>({
      spawn: () => {
        const w = new FakeWorker();
        spawned.push(w);
        return w;
      },
      size: 3,
      setup: 's',
      tasks: [9, 1, 2],
      // Counted as each task ends, before its worker asks for the next one.
      onOutcome: () => terminatedAt.push(spawned.filter((w) => w.terminated).length),
    });
    await run.done;
    // When the second task ends, the first one's worker is already gone, the third still runs.
    expect(terminatedAt).toEqual([0, 1, 2]);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('resolves at once for no tasks, and rejects when a worker cannot be started', async () => {
    expect(await pool(4, []).run.done).toEqual([]);
    const failing = runPool({
      spawn: () => {
        throw new Error('no workers here');
      },
      size: 2,
      setup: null,
      tasks: [1],
    });
    await expect(failing.done).rejects.toThrow('no workers here');
  });
});

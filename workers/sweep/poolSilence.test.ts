import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PoolWorker } from './pool';
import { runPool } from './pool';
import { ALIVE_MS, serveTasks } from './poolWorker';

/**
 * A worker the test drives by hand: it records the tasks it is given and answers only when told.
 * `die()` is a death without an error event (a browser Worker that closed itself): it just
 * stops talking.
 */
class ScriptedWorker implements PoolWorker {
  onmessage: ((data: unknown) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;
  terminated = false;
  tasks: number[] = [];

  post(message: unknown): void {
    const m = message as { type: string; id?: number };
    if (m.type === 'task') this.tasks.push(m.id!);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: unknown): void {
    if (!this.terminated) this.onmessage?.(message);
  }
  answer(): void {
    const id = this.tasks[this.tasks.length - 1]!;
    this.say({ type: 'result', id, result: `r${id}` });
  }
  alive(): void {
    this.say({ type: 'alive', id: this.tasks[this.tasks.length - 1]! });
  }
}

function scriptedPool(tasks: number[], silenceMs?: number) {
  const spawned: ScriptedWorker[] = [];
  const run = runPool<null, number, string>({
    spawn: () => {
      const w = new ScriptedWorker();
      spawned.push(w);
      return w;
    },
    size: 1,
    setup: null,
    tasks,
    silenceMs,
  });
  return { run, spawned };
}

describe('a pool watching for silent workers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('replaces a worker that died without an error event and retries its task', async () => {
    const { run, spawned } = scriptedPool([7, 8], 10_000);
    expect(spawned).toHaveLength(1);
    // The worker dies silently on its first task: nothing happens until the silence is too long.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(spawned).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(spawned).toHaveLength(2);
    expect(spawned[0]!.terminated).toBe(true);
    expect(spawned[1]!.tasks).toEqual([0]);
    spawned[1]!.answer();
    spawned[1]!.answer();
    expect(await run.done).toEqual([
      { status: 'done', result: 'r0' },
      { status: 'done', result: 'r1' },
    ]);
  });

  it('fails the task after a second silent death, and goes on with the rest', async () => {
    const { run, spawned } = scriptedPool([7, 8], 1_000);
    await vi.advanceTimersByTimeAsync(1_300);
    await vi.advanceTimersByTimeAsync(1_300);
    expect(spawned).toHaveLength(3);
    expect(spawned[2]!.tasks).toEqual([1]);
    spawned[2]!.answer();
    const outcomes = await run.done;
    expect(outcomes[0]).toEqual({
      status: 'failed',
      error: 'its worker crashed 2 times (it sent nothing for 1 s)',
    });
    expect(outcomes[1]).toEqual({ status: 'done', result: 'r1' });
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('leaves a long task alone while its worker says it is alive', async () => {
    const { run, spawned } = scriptedPool([7], 1_000);
    for (let k = 0; k < 20; k++) {
      await vi.advanceTimersByTimeAsync(600);
      spawned[0]!.alive();
    }
    expect(spawned).toHaveLength(1);
    spawned[0]!.answer();
    expect(await run.done).toEqual([{ status: 'done', result: 'r0' }]);
  });

  it('stops watching when the pool ends: no timer is left behind', async () => {
    const { run, spawned } = scriptedPool([7], 1_000);
    spawned[0]!.answer();
    await run.done;
    expect(vi.getTimerCount()).toBe(0);
    const cancelled = scriptedPool([7], 1_000);
    cancelled.run.cancel();
    await cancelled.run.done;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('without silenceMs never takes a quiet worker for dead', async () => {
    const { spawned } = scriptedPool([7]);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.terminated).toBe(false);
  });
});

describe('serveTasks', () => {
  it('says alive at most every ALIVE_MS while a task runs, then answers', () => {
    let clock = 0;
    const posted: unknown[] = [];
    let handler: (data: unknown) => void = () => undefined;
    serveTasks<null, number, number>(
      { listen: (h) => (handler = h), post: (m) => posted.push(m) },
      (_setup, task, alive) => {
        // A task of 10 steps of 0.3 × ALIVE_MS each, calling alive() after every step.
        for (let k = 0; k < 10; k++) {
          clock += 0.3 * ALIVE_MS;
          alive();
        }
        return task * 2;
      },
      () => clock,
    );
    handler({ type: 'setup', setup: null });
    handler({ type: 'task', id: 4, task: 21 });
    // 3 s of work: alive at 1.2, 2.4 (every fourth step), then the result.
    expect(posted).toEqual([
      { type: 'alive', id: 4 },
      { type: 'alive', id: 4 },
      { type: 'result', id: 4, result: 42 },
    ]);
  });
});

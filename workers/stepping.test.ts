// "Step" on runs that end mid-way (or have already ended) must let the worker's loop go idle.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './engine/config';
import { InspectableService } from './testing';

/** A service whose deferred ticks the test runs one by one. */
function manualService() {
  const queue: (() => void)[] = [];
  const service = new InspectableService({
    transfer: (v) => v,
    now: () => performance.now(),
    defer: (task) => void queue.push(task),
  });
  /** Runs queued ticks until none is left; the number run, or Infinity past `limit`. */
  const drain = (limit = 10_000) => {
    for (let n = 0; n < limit; n++) {
      const task = queue.shift();
      if (!task) return n;
      task();
    }
    return Infinity;
  };
  return { service, drain };
}

function budget(epochs: number) {
  const c = defaultConfig();
  c.data.samples = 60;
  c.epochs = epochs;
  return c;
}

describe('stepping past a run’s end', () => {
  it('steps up to the budget and then stops ticking', () => {
    const { service, drain } = manualService();
    service.createRun('a', budget(5));
    service.step(40);
    expect(drain()).toBeLessThan(100);
    expect(service.trainerOf('a')!.epoch).toBe(5);
    expect(service.trainerOf('a')!.status).toBe('done');
  });

  it('a step asked of runs that have all ended trains nothing and leaves the loop idle', () => {
    const { service, drain } = manualService();
    service.createRun('a', budget(3));
    service.step(3);
    drain();
    service.step(1);
    expect(drain()).toBeLessThan(100);
    expect(service.trainerOf('a')!.epoch).toBe(3);
    // And a later step after Reset trains again (nothing stale left over).
    service.reset();
    service.step(2);
    drain();
    expect(service.trainerOf('a')!.epoch).toBe(2);
  });
});

// Test support shared by the worker's and the page's tests: a service on real timers, and a
// wait that polls a condition (never a fixed sleep).
import type { SnapshotStore } from './snapshots';
import type { Trainer } from './engine/trainer';
import type { RunId } from './protocol';
import { TrainerService } from './trainerApi';

/** The service with a look inside, for tests only (the shipped worker has no such accessors). */
export class InspectableService extends TrainerService {
  trainerOf(id: RunId): Trainer | undefined {
    return this.runs.get(id)?.trainer;
  }
  snapshotsOf(id: RunId): SnapshotStore | undefined {
    return this.runs.get(id)?.snapshots;
  }
  /** Sets the share of time the worker trains, as if the page had fallen behind (dutyCycle.ts). */
  setDuty(duty: number): void {
    this.duty.duty = duty;
  }
}

export function testService(): InspectableService {
  return new InspectableService({
    transfer: (v) => v,
    now: () => performance.now(),
    defer: (task, delay) => void setTimeout(task, delay),
  });
}

/** Resolves once `ok()` holds, checking every few milliseconds; rejects after `timeoutMs`. */
export function until(ok: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = () => {
      if (ok()) resolve();
      else if (Date.now() - t0 > timeoutMs)
        reject(new Error(`condition not reached in ${timeoutMs} ms`));
      else setTimeout(poll, 2);
    };
    poll();
  });
}

// Test support shared by the worker's and the page's tests: a service on real timers, and a
// wait that polls a condition (never a fixed sleep).
import { TrainerService } from './trainerApi';

export function testService(): TrainerService {
  return new TrainerService({
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

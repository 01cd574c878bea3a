// The worker entry: exposes the training service through comlink. Guarded, so importing this
// module in Node (tests, tools) has no side effect.
import * as Comlink from 'comlink';
import { TrainerService } from './trainerApi';

function macrotask(): (task: () => void, delayMs: number) => void {
  // setTimeout(0) is clamped to 4 ms once nested; a MessageChannel post is not.
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (task, delayMs) => {
    if (delayMs > 0) setTimeout(task, delayMs);
    else {
      queue.push(task);
      channel.port2.postMessage(null);
    }
  };
}

const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; postMessage?: unknown };
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  const defer = macrotask();
  const service = new TrainerService({
    transfer: (value, buffers) => Comlink.transfer(value, buffers),
    now: () => performance.now(),
    defer,
  });
  // The browser tests' build only: a way to make the worker fail as a bug would.
  const testHooks = {
    crashForTest: () =>
      defer(() => {
        throw new Error('crash requested by a test');
      }, 0),
    closeForTest: () => defer(() => self.close(), 0),
  };
  Comlink.expose(import.meta.env.MODE === 'e2e' ? Object.assign(service, testHooks) : service);
}

// The browser entry of a sweep worker (spawned by the page's pool). Guarded, so importing this
// module in Node has no side effect.
import { serveSweep } from './serveSweep';

const scope = globalThis as unknown as {
  WorkerGlobalScope?: unknown;
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
};
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  serveSweep({
    listen: (handler) => {
      scope.onmessage = (event) => handler(event.data);
    },
    post: (message) => scope.postMessage(message),
  });
}

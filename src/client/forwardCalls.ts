// One forwarder for every command of the worker's API: the port's methods come from the protocol's
// types, not from a hand-written copy per method, so a new command needs no client change.
import type { TrainerPort } from '../../workers/contract';

/** A TrainerPort whose every method calls `invoke(name, args)`. */
export function forwardCalls(
  invoke: (name: keyof TrainerPort, args: unknown[]) => Promise<unknown>,
): TrainerPort {
  return new Proxy({} as TrainerPort, {
    get: (_, name) =>
      typeof name === 'string'
        ? (...args: unknown[]) => invoke(name as keyof TrainerPort, args)
        : undefined,
  });
}

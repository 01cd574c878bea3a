import { describe, expect, it } from 'vitest';
import { browserPoolWorker } from './browserPoolWorker';
import { errorText } from './pool';

/** The part of a browser Worker the adapter uses. */
class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('browserPoolWorker', () => {
  it('forwards posts, messages, errors and terminate between a Worker and the pool', () => {
    const fake = new FakeWorker();
    const w = browserPoolWorker(fake as unknown as Worker);
    const got: unknown[] = [];
    const errors: string[] = [];
    w.onmessage = (data) => got.push(data);
    w.onerror = (error) => errors.push(errorText(error));

    w.post({ type: 'setup' });
    expect(fake.posted).toEqual([{ type: 'setup' }]);
    fake.onmessage!({ data: { type: 'result', id: 0 } });
    expect(got).toEqual([{ type: 'result', id: 0 }]);

    let prevented = false;
    fake.onerror!({ message: 'Uncaught Error: boom', preventDefault: () => (prevented = true) });
    fake.onmessageerror!();
    expect(errors).toEqual(['Uncaught Error: boom', 'a message from the worker could not be read']);
    expect(prevented).toBe(true);

    w.terminate();
    expect(fake.terminated).toBe(true);
  });
});

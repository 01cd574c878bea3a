// The service worker's life as the page sees it, with a stand-in for the browser's container: a
// first install says nothing; an update is announced and waits until the user asks for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLab } from '../store/labStore';
import { applyUpdate, registerOffline, SERVICE_WORKER_URL } from './offline';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
  /** The browser found a new version of sw.js and starts installing it. */
  found(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  controller: FakeWorker | null = null;
  readonly registration = new FakeRegistration();
  registered: [string, RegistrationOptions | undefined][] = [];
  register(url: string, options?: RegistrationOptions): Promise<FakeRegistration> {
    this.registered.push([url, options]);
    return Promise.resolve(this.registration);
  }
}

function setUp(controlled: boolean) {
  const container = new FakeContainer();
  if (controlled) container.controller = new FakeWorker();
  const reload = vi.fn();
  const registering = registerOffline(container as unknown as ServiceWorkerContainer, reload);
  return { container, reload, registering };
}

afterEach(() => {
  vi.useRealTimers();
  useLab.setState({ notice: null });
});

describe('offline use', () => {
  it('registers the generated worker relative to the page, and a first install says nothing', async () => {
    vi.useFakeTimers();
    const { container, registering } = setUp(false);
    await registering;
    expect(container.registered).toEqual([[SERVICE_WORKER_URL, { scope: './' }]]);
    const first = new FakeWorker();
    container.registration.found(first);
    first.become('installed');
    expect(useLab.getState().notice).toBeNull();
    // An open lab looks for a new version once an hour.
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(container.registration.update).toHaveBeenCalledTimes(1);
  });

  it('announces a new version and applies it only when the user reloads for it', async () => {
    const { container, reload, registering } = setUp(true);
    await registering;
    const next = new FakeWorker();
    container.registration.found(next);
    next.become('installed');
    expect(useLab.getState().notice?.kind).toBe('update-ready');
    // Nothing happens by itself: the new version waits.
    expect(next.messages).toEqual([]);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    applyUpdate(reload);
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('waits for the notice in view to be dismissed before announcing', async () => {
    useLab.setState({ notice: { kind: 'link-invalid', detail: 'seed must be a whole number.' } });
    const { container, registering } = setUp(true);
    container.registration.waiting = new FakeWorker();
    await registering;
    expect(useLab.getState().notice?.kind).toBe('link-invalid');
    useLab.setState({ notice: null });
    expect(useLab.getState().notice?.kind).toBe('update-ready');
  });
});

// An IntersectionObserver that tests move in and out of sight by hand (jsdom has none).
import { vi } from 'vitest';

export class FakeIntersectionObserver {
  /** The observer made last: the one a test drives. */
  static last: FakeIntersectionObserver | null = null;
  observed: unknown[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeIntersectionObserver.last = this;
  }
  observe(el: unknown) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  see(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

/** Puts the fake in IntersectionObserver's place; undo with vi.unstubAllGlobals(). */
export function stubIntersectionObserver(): void {
  FakeIntersectionObserver.last = null;
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
}

/** The observer made last; throws when none was. */
export function lastObserver(): FakeIntersectionObserver {
  const o = FakeIntersectionObserver.last;
  if (!o) throw new Error('no IntersectionObserver was made');
  return o;
}

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushHiddenPaints, paintWhenSeen } from './paintWhenSeen';

/** An IntersectionObserver the test moves in and out of sight by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: unknown[] = [];
  disconnected = false;
  options: unknown;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    options?: unknown,
  ) {
    this.options = options;
    FakeObserver.last = this;
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

const el = {} as Element;

function observed(): FakeObserver {
  const o = FakeObserver.last;
  if (!o) throw new Error('no observer was made');
  return o;
}

afterEach(() => {
  flushHiddenPaints();
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('paintWhenSeen', () => {
  it('paints at once until the browser says the canvas is out of sight', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const paint = vi.fn();
    const gate = paintWhenSeen(el, paint);
    expect(observed().observed).toEqual([el]);
    gate.request();
    expect(paint).toHaveBeenCalledTimes(1);
    observed().see(true);
    gate.request();
    expect(paint).toHaveBeenCalledTimes(2);
  });

  it('out of sight, owes one paint however many are asked, and pays it when seen', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const paint = vi.fn();
    const gate = paintWhenSeen(el, paint);
    observed().see(false);
    gate.request();
    gate.request();
    gate.request();
    expect(paint).not.toHaveBeenCalled();
    observed().see(true);
    expect(paint).toHaveBeenCalledTimes(1);
    observed().see(false);
    observed().see(true);
    expect(paint).toHaveBeenCalledTimes(1); // nothing owed: seeing it again paints nothing
  });

  it('flushHiddenPaints pays every owed paint once, and only owed ones', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const hidden = vi.fn();
    const shown = vi.fn();
    const a = paintWhenSeen(el, hidden);
    const hiddenObserver = observed();
    const b = paintWhenSeen(el, shown);
    hiddenObserver.see(false);
    a.request();
    b.request();
    expect(shown).toHaveBeenCalledTimes(1);
    flushHiddenPaints();
    expect(hidden).toHaveBeenCalledTimes(1);
    expect(shown).toHaveBeenCalledTimes(1);
    flushHiddenPaints();
    expect(hidden).toHaveBeenCalledTimes(1);
    hiddenObserver.see(true);
    expect(hidden).toHaveBeenCalledTimes(1); // paid by the flush, not owed any more
  });

  it('a paint that throws during a flush leaves the others owed', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const broken = paintWhenSeen(el, () => {
      throw new Error('out of canvas memory');
    });
    observed().see(false);
    const paint = vi.fn();
    const gate = paintWhenSeen(el, paint);
    observed().see(false);
    broken.request();
    gate.request();
    expect(() => flushHiddenPaints()).toThrow('out of canvas memory');
    flushHiddenPaints();
    expect(paint).toHaveBeenCalledTimes(1);
    broken.dispose();
    gate.dispose();
  });

  it('a print pays the owed paints first', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const paint = vi.fn();
    const gate = paintWhenSeen(el, paint);
    observed().see(false);
    gate.request();
    window.dispatchEvent(new Event('beforeprint'));
    expect(paint).toHaveBeenCalledTimes(1);
    gate.dispose();
  });

  it('a disposed gate stops observing and its owed paint is dropped', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const paint = vi.fn();
    const gate = paintWhenSeen(el, paint);
    const o = observed();
    o.see(false);
    gate.request();
    gate.dispose();
    expect(o.disconnected).toBe(true);
    flushHiddenPaints();
    expect(paint).not.toHaveBeenCalled();
  });

  it('without IntersectionObserver every request paints', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const paint = vi.fn();
    const gate = paintWhenSeen(el, paint);
    gate.request();
    gate.request();
    expect(paint).toHaveBeenCalledTimes(2);
    gate.dispose();
  });
});

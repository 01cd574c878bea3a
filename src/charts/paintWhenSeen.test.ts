// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastObserver, stubIntersectionObserver } from '../testSupport/fakeIntersectionObserver';
import { flushHiddenPaints, paintWhenSeen } from './paintWhenSeen';

const el = {} as Element;

/** A gate whose canvas the browser reported out of sight, with one paint asked of it. */
function owingGate() {
  const paint = vi.fn();
  const gate = paintWhenSeen(el, paint);
  const observer = lastObserver();
  observer.see(false);
  gate.request();
  return { paint, gate, observer };
}

afterEach(() => {
  flushHiddenPaints();
  vi.unstubAllGlobals();
});

describe('paintWhenSeen', () => {
  it('paints at once until the browser says the canvas is out of sight', () => {
    stubIntersectionObserver();
    const paint = vi.fn();
    const gate = paintWhenSeen(el, paint);
    expect(lastObserver().observed).toEqual([el]);
    gate.request();
    expect(paint).toHaveBeenCalledTimes(1);
    lastObserver().see(true);
    gate.request();
    expect(paint).toHaveBeenCalledTimes(2);
  });

  it('out of sight, owes one paint however many are asked, and pays it when seen', () => {
    stubIntersectionObserver();
    const { paint, gate, observer } = owingGate();
    gate.request();
    gate.request();
    expect(paint).not.toHaveBeenCalled();
    observer.see(true);
    expect(paint).toHaveBeenCalledTimes(1);
    observer.see(false);
    observer.see(true);
    expect(paint).toHaveBeenCalledTimes(1); // nothing owed: seeing it again paints nothing
  });

  it('flushHiddenPaints pays every owed paint once, and only owed ones', () => {
    stubIntersectionObserver();
    const hidden = vi.fn();
    const shown = vi.fn();
    const a = paintWhenSeen(el, hidden);
    const hiddenObserver = lastObserver();
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
    stubIntersectionObserver();
    const broken = paintWhenSeen(el, () => {
      throw new Error('out of canvas memory');
    });
    lastObserver().see(false);
    broken.request();
    const { paint, gate } = owingGate();
    expect(() => flushHiddenPaints()).toThrow('out of canvas memory');
    flushHiddenPaints();
    expect(paint).toHaveBeenCalledTimes(1);
    broken.dispose();
    gate.dispose();
  });

  it('a print pays the owed paints first', () => {
    stubIntersectionObserver();
    const { paint, gate } = owingGate();
    window.dispatchEvent(new Event('beforeprint'));
    expect(paint).toHaveBeenCalledTimes(1);
    gate.dispose();
  });

  it('a disposed gate stops observing and its owed paint is dropped', () => {
    stubIntersectionObserver();
    const { paint, gate, observer } = owingGate();
    gate.dispose();
    expect(observer.disconnected).toBe(true);
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

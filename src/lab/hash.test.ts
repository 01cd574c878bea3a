// @vitest-environment jsdom
// The hash follows the lab once it rests: a drag writes it once, and leaving the page flushes it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAIN_RUN } from '../store/labStore';
import { HASH_SETTLE_MS, currentHash, scheduleHashWrite } from './hash';
import { editConfig, startLab } from './labConfig';
import { trainInProcess } from '../testSupport/inProcessTrainer';

trainInProcess();

function dragLambda(values: number[], replace: ReturnType<typeof vi.spyOn>): void {
  for (const lambda of values) {
    editConfig(MAIN_RUN, (c) => {
      c.regularization.kind = 'l2';
      c.regularization.lambda = lambda;
    });
    vi.advanceTimersByTime(16);
    expect(replace).not.toHaveBeenCalled();
  }
}

describe('the URL hash', () => {
  beforeEach(() => {
    startLab('');
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is written once a drag rests, with its last value', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    dragLambda([0.01, 0.02, 0.03, 0.04, 0.05], replace);
    vi.advanceTimersByTime(HASH_SETTLE_MS - 16);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe(currentHash());
    expect(decodeURIComponent(window.location.hash)).toContain('"lambda":0.05');
  });

  it('is written at once when the page is left mid-drag', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    dragLambda([0.2, 0.3], replace);
    window.dispatchEvent(new Event('pagehide'));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(decodeURIComponent(window.location.hash)).toContain('"lambda":0.3');
    // The write it replaced does not come again.
    vi.advanceTimersByTime(HASH_SETTLE_MS);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('is not written by a schedule alone when nothing changed', () => {
    scheduleHashWrite();
    vi.advanceTimersByTime(HASH_SETTLE_MS);
    const replace = vi.spyOn(window.history, 'replaceState');
    scheduleHashWrite();
    vi.advanceTimersByTime(HASH_SETTLE_MS);
    expect(replace).not.toHaveBeenCalled();
  });
});

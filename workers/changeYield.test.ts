// The yield after a control change, on a clock of its own: when it starts, what ends it.
import { describe, expect, it } from 'vitest';
import { ChangeYield, MAX_YIELD_MS } from './changeYield';

describe('the yield after a control change', () => {
  it('never yields while the worker has a core of its own', () => {
    const y = new ChangeYield();
    y.changed(0, false);
    y.sent(1);
    expect(y.yielding(1)).toBe(false);
  });

  it('yields until the page acknowledges the frame that shows the change, not an earlier one', () => {
    const y = new ChangeYield();
    y.changed(0, true);
    expect(y.yielding(1)).toBe(true);
    // Frame 1 was in flight before the change: its acknowledgement shows nothing new.
    y.acknowledged(1);
    expect(y.yielding(2)).toBe(true);
    y.sent(2);
    y.acknowledged(2);
    expect(y.yielding(3)).toBe(false);
  });

  it('a change during the yield keeps it going until the frame that shows that change is drawn', () => {
    const y = new ChangeYield();
    y.changed(0, true);
    y.sent(1);
    y.changed(10, true);
    y.acknowledged(1);
    expect(y.yielding(20)).toBe(true);
    y.sent(2);
    y.acknowledged(2);
    expect(y.yielding(30)).toBe(false);
  });

  it('a failed acknowledgement ends the yield: no frame will show the change', () => {
    const y = new ChangeYield();
    y.changed(0, true);
    y.sent(1);
    y.acknowledged(undefined);
    expect(y.yielding(1)).toBe(false);
  });

  it('a drag yields at most MAX_YIELD_MS, then trains a slice before it yields again', () => {
    const y = new ChangeYield();
    let t = 0;
    for (let seq = 1; t < 2 * MAX_YIELD_MS; seq++, t += 16) {
      y.changed(t, true);
      y.sent(seq);
      y.acknowledged(seq - 1);
    }
    expect(y.yielding(MAX_YIELD_MS - 1)).toBe(true);
    expect(y.yielding(MAX_YIELD_MS)).toBe(false);
    // The drag goes on, but no slice has trained since: no new yield.
    y.changed(MAX_YIELD_MS + 16, true);
    expect(y.yielding(MAX_YIELD_MS + 17)).toBe(false);
    y.trained();
    y.changed(MAX_YIELD_MS + 32, true);
    expect(y.yielding(MAX_YIELD_MS + 33)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { DutyCycle, MIN_DUTY } from './dutyCycle';

const smooth = { frames: 6, longestMs: 17.2, meanMs: 16.7 };
const janky = { frames: 3, longestMs: 50, meanMs: 33 };

describe('the worker’s duty cycle', () => {
  it('trains flat out while the page keeps its frames', () => {
    const d = new DutyCycle();
    for (let i = 0; i < 100; i++) d.observe(smooth);
    expect(d.duty).toBe(1);
    expect(d.restMs(8)).toBe(0);
  });

  it('backs off at once when the page drops frames, never below the minimum', () => {
    const d = new DutyCycle();
    d.observe(janky);
    expect(d.duty).toBeCloseTo(0.6, 12);
    // Training 4 ms at a duty of 0.6 rests 4 × 0.4 / 0.6 ms.
    expect(d.restMs(4)).toBeCloseTo((4 * 0.4) / 0.6, 12);
    expect(d.sliceMs).toBeLessThan(8);
    for (let i = 0; i < 50; i++) d.observe(janky);
    expect(d.duty).toBe(MIN_DUTY);
  });

  it('creeps back slowly while the page keeps up again (about a second of frames to recover)', () => {
    const d = new DutyCycle();
    for (let i = 0; i < 50; i++) d.observe(janky);
    let acks = 0;
    while (d.duty < 1) {
      d.observe(smooth);
      acks++;
    }
    expect(acks).toBeGreaterThan(30);
    expect(acks).toBeLessThan(60);
  });

  it('ignores acknowledgements without drawn frames (a hidden tab, a test listener)', () => {
    const d = new DutyCycle();
    d.observe({ frames: 0, longestMs: 0, meanMs: 0 });
    d.observe(undefined);
    expect(d.duty).toBe(1);
  });
});

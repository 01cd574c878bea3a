import { describe, expect, it } from 'vitest';
import {
  CAUTION,
  CLEARED_MS,
  DutyCycle,
  FIRST_CLEARED_MS,
  HELPED,
  MIN_DUTY,
  PROBE_MS,
  SETTLE_MS,
} from './dutyCycle';

const smooth = { frames: 6, longestMs: 17.2, meanMs: 16.7 };
const janky = { frames: 3, longestMs: 50, meanMs: 33 };

/** Feeds acknowledgements 16 ms apart from `t`; returns the time after the last. */
function feed(d: DutyCycle, timing: typeof smooth, count: number, t: number): number {
  for (let i = 0; i < count; i++, t += 16) d.observe(timing, t);
  return t;
}

describe('the worker’s duty cycle', () => {
  it('trains flat out while the page keeps its frames', () => {
    const d = new DutyCycle();
    feed(d, smooth, 100, 0);
    expect(d.duty).toBe(1);
    expect(d.restMs(8)).toBe(0);
    expect(d.probing(2000)).toBe(false);
  });

  it('rests for a probe when the page drops frames, and backs off if the page then keeps up', () => {
    const d = new DutyCycle();
    d.observe(janky, 0);
    expect(d.probing(1)).toBe(true);
    expect(d.probeLeft(100)).toBe(PROBE_MS - 100);
    // Acknowledgements during the probe cover frames from before it: they decide nothing.
    d.observe(janky, 100);
    expect(d.duty).toBe(1);
    d.observe(smooth, PROBE_MS + 20);
    expect(d.probing(PROBE_MS + 20)).toBe(false);
    expect(d.duty).toBeCloseTo(0.6, 12);
    // Training 4 ms at a duty of 0.6 rests 4 × 0.4 / 0.6 ms.
    expect(d.restMs(4)).toBeCloseTo((4 * 0.4) / 0.6, 12);
    expect(d.sliceMs).toBeLessThan(8);
    feed(d, janky, 50, 400);
    expect(d.duty).toBe(MIN_DUTY);
  });

  it('judges a probe by the mean interval: one long frame handling the first frame after it is not the worker’s doing', () => {
    const d = new DutyCycle();
    d.observe(janky, 0);
    // 18 frames at 60 Hz while the worker rested, then one of 45 ms drawing its next frame.
    d.observe({ frames: 19, longestMs: 45, meanMs: (18 * 16.7 + 45) / 19 }, PROBE_MS + 20);
    expect(d.duty).toBeCloseTo(0.6, 12);
  });

  it('trains on at full speed when the page is slow even while the worker rests', () => {
    const d = new DutyCycle();
    d.observe(janky, 0);
    let t = PROBE_MS + 20;
    d.observe(janky, t);
    expect(d.duty).toBe(1);
    // Not asked again for a while, however slow the page stays: a second at first, then twice
    // as long after each probe that clears the worker again, up to CLEARED_MS.
    const gaps: number[] = [];
    for (let probes = 0; probes < 6; probes++) {
      const cleared = t;
      while (!d.probing(t)) {
        expect(d.duty).toBe(1);
        t = feed(d, janky, 1, t);
      }
      gaps.push(t - cleared);
      t += PROBE_MS + 20;
      d.observe(janky, t);
    }
    expect(gaps[0]).toBeGreaterThanOrEqual(FIRST_CLEARED_MS);
    expect(gaps[0]).toBeLessThan(FIRST_CLEARED_MS + 50);
    expect(gaps[1]).toBeGreaterThanOrEqual(2 * FIRST_CLEARED_MS);
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(CLEARED_MS);
    expect(gaps.at(-1)).toBeLessThan(CLEARED_MS + 50);
    // A probe that blames the worker starts the trust over.
    const e = new DutyCycle();
    e.observe(janky, 0);
    e.observe(janky, PROBE_MS + 20);
    e.observe(janky, FIRST_CLEARED_MS + PROBE_MS + 40);
    e.observe(smooth, FIRST_CLEARED_MS + 2 * PROBE_MS + 60);
    expect(e.duty).toBeCloseTo(0.6, 12);
  });

  it('backs off when resting made the page clearly faster, though still short of 60 fps', () => {
    // One core shared with other programs: 30 fps with the worker, 40 fps while it rested.
    const d = new DutyCycle();
    d.observe({ frames: 2, longestMs: 40, meanMs: 33 }, 0);
    d.observe({ frames: 12, longestMs: 30, meanMs: 25 }, PROBE_MS + 20);
    expect(d.duty).toBeCloseTo(0.6, 12);
    // Just short of the margin: the rest did not help enough to blame the worker.
    const e = new DutyCycle();
    e.observe({ frames: 2, longestMs: 40, meanMs: 33 }, 0);
    e.observe({ frames: 10, longestMs: 40, meanMs: 33 * HELPED + 0.5 }, PROBE_MS + 20);
    expect(e.duty).toBe(1);
  });

  it('creeps back quickly to just below where the page fell behind, then slowly past it', () => {
    const d = new DutyCycle();
    d.observe(janky, 0);
    d.observe(smooth, PROBE_MS + 20);
    expect(d.duty).toBeCloseTo(0.6, 12);
    // The page fell behind at full speed.
    expect(d.ceiling).toBe(1);
    // Creeping back from 0.6 until the page drops a frame at 0.8.
    let t = PROBE_MS + 40 + SETTLE_MS;
    while (d.duty < 0.8) t = feed(d, smooth, 1, t);
    const fellBehindAt = d.duty;
    d.observe(janky, t);
    expect(d.ceiling).toBe(fellBehindAt);
    expect(d.duty).toBeCloseTo(fellBehindAt * 0.6, 12);
    // Acknowledgements right after the back-off still cover the frames before it.
    d.observe(janky, t + SETTLE_MS / 2);
    expect(d.duty).toBeCloseTo(fellBehindAt * 0.6, 12);
    let acks = 0;
    t += SETTLE_MS;
    while (d.duty < CAUTION * fellBehindAt) {
      t = feed(d, smooth, 1, t);
      acks++;
    }
    expect(acks).toBeLessThan(15);
    // The last 15 % below the ceiling take ten times as long per step (a few seconds of frames).
    acks = 0;
    while (d.duty <= fellBehindAt) {
      t = feed(d, smooth, 1, t);
      acks++;
    }
    expect(acks).toBeGreaterThan(50);
    // Back at the ceiling without a dropped frame: the page has more room now, training comes back.
    expect(d.ceiling).toBe(null);
    acks = 0;
    while (d.duty < 1) {
      t = feed(d, smooth, 1, t);
      acks++;
    }
    expect(acks).toBeLessThan(15);
  });

  it('one slow moment does not drive the worker to its floor', () => {
    const d = new DutyCycle();
    d.observe(janky, 0);
    d.observe(smooth, PROBE_MS + 20);
    // Three late acknowledgements in a row, 16 ms apart: the later two cover the same frames.
    feed(d, janky, 3, PROBE_MS + 40 + SETTLE_MS);
    expect(d.duty).toBeCloseTo(0.36, 12);
    expect(d.duty).toBeGreaterThan(MIN_DUTY);
  });

  it('ignores acknowledgements without drawn frames (a hidden tab, a test listener)', () => {
    const d = new DutyCycle();
    d.observe({ frames: 0, longestMs: 0, meanMs: 0 }, 0);
    d.observe(undefined, 1);
    expect(d.duty).toBe(1);
    expect(d.probing(2)).toBe(false);
  });
});

// The page has priority: the worker trains only in the time the page leaves. On a machine with a
// spare core the two never compete and the worker trains flat out; on one core (a cheap laptop,
// or a lecturer's machine busy sharing its screen) a worker that never rests takes half the core
// and the page drops frames. Each frame acknowledgement says how the page's animation frames kept
// up; the controller backs off multiplicatively when the page falls behind and creeps back
// additively while it keeps up (the AIMD rule of TCP's congestion control, for the same reason:
// find the most throughput that does not hurt the other party, and keep probing for it).
//
// A page can also fall behind for reasons of its own (heavy rendering, other programs) while the
// worker has a core to itself; resting then costs training and buys the page nothing. So before
// backing off from full speed the worker rests completely for a moment (a probe): if the page
// keeps its frames meanwhile, the worker was in its way and backs off; if not, the worker is not
// to blame and trains on at full speed for a while before asking again.
import type { PageTiming } from './protocol';

/**
 * The least share of the time the worker keeps: training must go on. A page slow for reasons of
 * its own (three or four runs to draw) holds the worker here; at 0.3 it still trains at issue 9's
 * minimums on one core (1,500 epochs/s on [8,8], 400 on [8×6], 300 per run with four runs).
 */
export const MIN_DUTY = 0.3;
/** A frame interval this long means at least one dropped frame at 60 Hz. */
export const LATE_FRAME_MS = 28;
/** A mean interval above this means frames are dropped often. */
export const LATE_MEAN_MS = 18.5;
/** How long a probe rests, and how long the worker trusts a probe that cleared it. */
export const PROBE_MS = 300;
export const CLEARED_MS = 5000;
const BACK_OFF = 0.6;
const CREEP = 0.02;
const SLICE_MS = 8;
const SHORT_SLICE_MS = 4;

export class DutyCycle {
  /** The share of wall time the worker trains: 1 = flat out. */
  duty = 1;
  private probeEnd = -1;
  private clearedUntil = -Infinity;

  /** Reads an acknowledgement's timing at time `now`; frames the page did not draw say nothing. */
  observe(timing: PageTiming | void, now: number): void {
    if (!timing || timing.frames === 0) return;
    const late = timing.longestMs > LATE_FRAME_MS || timing.meanMs > LATE_MEAN_MS;
    if (this.probeEnd >= 0) {
      // The first acknowledgement after a probe covers the frames drawn while the worker rested;
      // one during it still covers frames from before it.
      if (now < this.probeEnd) return;
      this.probeEnd = -1;
      // Judged by the mean: the acknowledgement also covers the page handling the first frame
      // after the rest, one long interval on a page with three or four runs to draw, which says
      // nothing about whether the rest helped. The mean over the rest's frames does.
      if (timing.meanMs > LATE_MEAN_MS) this.clearedUntil = now + CLEARED_MS;
      else this.duty = BACK_OFF;
      return;
    }
    if (!late) {
      this.duty = Math.min(1, this.duty + CREEP);
    } else if (this.duty < 1) {
      this.duty = Math.max(MIN_DUTY, this.duty * BACK_OFF);
    } else if (now >= this.clearedUntil) {
      this.probeEnd = now + PROBE_MS;
    }
  }

  /** Whether the worker is resting for a probe at time `now`. */
  probing(now: number): boolean {
    return this.probeEnd >= 0 && now < this.probeEnd;
  }

  /** Milliseconds left of the probe at `now` (0 when not probing). */
  probeLeft(now: number): number {
    return this.probing(now) ? this.probeEnd - now : 0;
  }

  /** How long to train before yielding: shorter while the page is struggling. */
  get sliceMs(): number {
    return this.duty < 1 ? SHORT_SLICE_MS : SLICE_MS;
  }

  /** How long to rest after training `trainedMs`, so training takes `duty` of the time. */
  restMs(trainedMs: number): number {
    return this.duty >= 1 ? 0 : (trainedMs * (1 - this.duty)) / this.duty;
  }
}

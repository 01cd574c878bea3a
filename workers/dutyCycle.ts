// The page has priority: the worker trains only in the time the page leaves. On a machine with a
// spare core the two never compete and the worker trains flat out; on one core (a cheap laptop,
// or a lecturer's machine busy sharing its screen) a worker that never rests takes half the core
// and the page drops frames. Each frame acknowledgement says how the page's animation frames kept
// up; the controller backs off multiplicatively when the page falls behind and creeps back
// additively while it keeps up (the AIMD rule of TCP's congestion control, for the same reason:
// find the most throughput that does not hurt the other party, and keep probing for it).
//
// Plain AIMD finds the limit by crossing it: creeping back at a steady pace, the worker takes the
// core from the page again about once a second, and each time the page drops a frame. So the
// controller remembers the share at which the page last fell behind (its ceiling), creeps back
// quickly to just below it and only slowly past it: the page drops a frame every few seconds
// instead of every second, and a page that has more room again (another program ended) still
// gets its training back within seconds.
//
// A page can also fall behind for reasons of its own (heavy rendering, other programs) while the
// worker has a core to itself; resting then costs training and buys the page nothing. So before
// backing off from full speed the worker rests completely for a moment (a probe): if the page
// draws its frames clearly faster meanwhile (or keeps them), the worker was in its way and backs
// off; if not, the worker is not to blame and trains on at full speed for a while before asking
// again. "Clearly faster", not "in time": on one core that other programs also use, a page with
// four runs to draw may miss 60 fps even alone, and a worker training flat out beside it halved
// its frame rate again (bench:ui, pinned, load 4-7: 22-26 fps with the worker at full speed).
import type { PageTiming } from './protocol';

/**
 * The least share of the time the worker keeps: training must go on. A page slow for reasons of
 * its own (three or four runs to draw) holds the worker here; at 0.15 it still trains at about
 * twice issue 9's minimums on one core (1,500 epochs/s on [8,8], 400 on [8×6], 300 per run with
 * four runs; docs/streaming.md has the figures).
 */
export const MIN_DUTY = 0.15;
/** A frame interval this long means at least one dropped frame at 60 Hz. */
export const LATE_FRAME_MS = 28;
/** A mean interval above this means frames are dropped often. */
export const LATE_MEAN_MS = 18.5;
/** How long a probe rests. */
export const PROBE_MS = 300;
/** A probe's mean frame interval at most this share of the one before it: the rest helped. */
export const HELPED = 0.85;
/** The longest the worker trusts a probe that cleared it (see FIRST_CLEARED_MS). */
export const CLEARED_MS = 8000;
/**
 * The first probe that clears the worker is trusted this long, each next one in a row twice as
 * long up to CLEARED_MS. A page is slow for its own reasons at first (its first pictures, code
 * still compiling): trusting that probe for seconds left the worker flat out beside four runs
 * on one core for five of them (pinned, the page at 40-50 fps with late frames throughout).
 */
export const FIRST_CLEARED_MS = 1000;
const BACK_OFF = 0.6;
const CREEP = 0.02;
/**
 * After backing off, acknowledgements for this long still cover frames drawn before it: they
 * neither back off again nor set the ceiling (else one slow moment drives the worker to its floor).
 */
export const SETTLE_MS = 100;
/** Past this share of the ceiling the worker creeps back ten times slower: a few seconds to it. */
export const CAUTION = 0.85;
const SLOW_CREEP = 0.002;
const SLICE_MS = 8;
const SHORT_SLICE_MS = 4;

export class DutyCycle {
  /** The share of wall time the worker trains: 1 = flat out. */
  duty = 1;
  /** The share at which the page last fell behind (null: none known). */
  ceiling: number | null = null;
  private probeEnd = -1;
  /** The mean frame interval that started the probe. */
  private probeFrom = 0;
  private settleUntil = -Infinity;
  private clearedUntil = -Infinity;
  /** How long the next probe that clears the worker is trusted. */
  private clearedFor = FIRST_CLEARED_MS;

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
      const helped = timing.meanMs <= LATE_MEAN_MS || timing.meanMs <= HELPED * this.probeFrom;
      if (helped) {
        this.backOff(1, now);
        this.clearedFor = FIRST_CLEARED_MS;
      } else {
        this.clearedUntil = now + this.clearedFor;
        this.clearedFor = Math.min(CLEARED_MS, 2 * this.clearedFor);
      }
      return;
    }
    if (!late) {
      const near = this.ceiling !== null && this.duty >= CAUTION * this.ceiling;
      this.duty = Math.min(1, this.duty + (near ? SLOW_CREEP : CREEP));
      // Back at the ceiling without a dropped frame: the page has more room now; forget it.
      if (this.ceiling !== null && this.duty >= this.ceiling) this.ceiling = null;
    } else if (this.duty < 1) {
      if (now >= this.settleUntil) this.backOff(this.duty, now);
    } else if (now >= this.clearedUntil) {
      this.probeEnd = now + PROBE_MS;
      this.probeFrom = timing.meanMs;
    }
  }

  /** The page fell behind while the worker trained `duty` of the time. */
  private backOff(duty: number, now: number): void {
    this.ceiling = duty;
    this.duty = Math.max(MIN_DUTY, duty * BACK_OFF);
    this.settleUntil = now + SETTLE_MS;
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

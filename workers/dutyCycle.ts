// The page has priority: the worker trains only in the time the page leaves. On a machine with a
// spare core the two never compete and the worker trains flat out; on one core (a cheap laptop,
// or a lecturer's machine busy sharing its screen) a worker that never rests takes half the core
// and the page drops frames. Each frame acknowledgement says how the page's animation frames kept
// up; the controller backs off multiplicatively when the page falls behind and creeps back
// additively while it keeps up (the AIMD rule of TCP's congestion control, for the same reason:
// find the most throughput that does not hurt the other party, and keep probing for it).
import type { PageTiming } from './protocol';

/** The least share of the time the worker keeps: training must go on, however slowly. */
export const MIN_DUTY = 0.1;
/** A frame interval this long means at least one dropped frame at 60 Hz. */
export const LATE_FRAME_MS = 28;
/** A mean interval above this means frames are dropped often. */
export const LATE_MEAN_MS = 18.5;
const BACK_OFF = 0.6;
const CREEP = 0.02;
const SLICE_MS = 8;
const SHORT_SLICE_MS = 4;

export class DutyCycle {
  /** The share of wall time the worker trains: 1 = flat out. */
  duty = 1;

  /** Reads an acknowledgement's timing; frames the page did not draw say nothing. */
  observe(timing: PageTiming | void): void {
    if (!timing || timing.frames === 0) return;
    const late = timing.longestMs > LATE_FRAME_MS || timing.meanMs > LATE_MEAN_MS;
    this.duty = late ? Math.max(MIN_DUTY, this.duty * BACK_OFF) : Math.min(1, this.duty + CREEP);
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

// A control change is the moment the page needs the core most: the student is dragging a slider
// and waits for the picture that shows it. On one core, a slice of training that starts between
// the change and that picture delays it (bench:ui pinned: slider→frame p95 of 126-150 ms while
// the mean frame kept 60 fps). So while the worker shares the core with the page (its duty cycle
// below 1), it trains nothing from a control change until the page acknowledges the frame that
// shows it, which the page does after drawing it. Changes that arrive meanwhile (a drag) keep the
// yield going, at most MAX_YIELD_MS in all; then one slice trains before the next yield may begin,
// so a long drag still moves the model. With a core of its own the worker never yields: nothing
// it does delays the page.

/** How often a yielding worker looks again (it trains nothing, but sends frames and sees commands). */
export const YIELD_TICK_MS = 4;
/** The longest yield, however many changes arrive in it. */
export const MAX_YIELD_MS = 500;

export class ChangeYield {
  /** The yield ends by then at the latest (-Infinity: not yielding). */
  private until = -Infinity;
  /** The seq of the frame that shows the latest change. */
  private showing: number | null = null;
  /** A change that no frame sent so far shows. */
  private unshown = false;
  /** A slice trained since the last yield ended. */
  private trainedSince = true;

  /** A control changed at `now`; `sharesCore`: the worker's duty cycle is below 1. */
  changed(now: number, sharesCore: boolean): void {
    if (this.until === -Infinity) {
      if (!sharesCore || !this.trainedSince) return;
      this.until = now + MAX_YIELD_MS;
      this.trainedSince = false;
    }
    this.unshown = true;
  }

  /** A frame went out: if a change was waiting for one, this frame shows it. */
  sent(seq: number): void {
    if (!this.unshown) return;
    this.showing = seq;
    this.unshown = false;
  }

  /** The page drew frame `seq` (undefined: the acknowledgement failed, nothing will show it). */
  acknowledged(seq: number | undefined): void {
    if (this.unshown) return;
    if (seq === undefined || seq === this.showing) this.end();
  }

  /** Whether the worker yields at `now` (ends a yield that ran out). */
  yielding(now: number): boolean {
    if (this.until !== -Infinity && now >= this.until) this.end();
    return this.until > now;
  }

  /** The worker trained a slice: the next change may yield again. */
  trained(): void {
    this.trainedSince = true;
  }

  private end(): void {
    this.until = -Infinity;
    this.showing = null;
    this.unshown = false;
  }
}

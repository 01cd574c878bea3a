// How the page's animation frames are keeping up, measured between two frame acknowledgements:
// the worker reads it to take only the time the page leaves (see workers/dutyCycle.ts). The
// sampler runs only while frames arrive, so an idle page schedules nothing.
import type { PageTiming } from '../../workers/contract';

const IDLE_STOP_MS = 1000;

export class PageClock {
  private last = -1;
  private frames = 0;
  private longest = 0;
  private sum = 0;
  private lastActivity = 0;
  private running = false;

  constructor(
    private readonly raf: (cb: (t: number) => void) => unknown,
    private readonly now: () => number,
  ) {}

  /** A frame arrived: keep sampling for a while. */
  touch(): void {
    this.lastActivity = this.now();
    if (this.running) return;
    this.running = true;
    this.last = -1;
    this.raf(this.tick);
  }

  private readonly tick = (t: number): void => {
    if (this.last >= 0) {
      const dt = t - this.last;
      this.frames++;
      this.sum += dt;
      if (dt > this.longest) this.longest = dt;
    }
    this.last = t;
    if (this.now() - this.lastActivity > IDLE_STOP_MS) this.running = false;
    else this.raf(this.tick);
  };

  /** The frames since the last call, then starts counting again. */
  take(): PageTiming {
    const timing = {
      frames: this.frames,
      longestMs: this.longest,
      meanMs: this.frames ? this.sum / this.frames : 0,
    };
    this.frames = 0;
    this.longest = 0;
    this.sum = 0;
    return timing;
  }
}

// How often the page asks the worker for the next live picture. A picture costs the page a
// frame's worth of work (a store update, the boundary's canvases, the readouts) and the worker a
// composed frame (the decision grid and its contour); on one shared core, doing both 60 times a
// second leaves too little of the core for the page's own frames and for training. A training
// picture reads as well at 30 pictures a second as at 60, so the page asks for the next one two
// animation frames after the last, and its own frames (the slider's thumb, scrolling, the
// playback bar) keep the other half. A control change is not made to wait: after a command the
// next two requests go at the next animation frame, as fast as the page can draw.

/** Animation frames per live picture: 2 is 30 pictures a second on a 60 Hz screen. */
export const FRAMES_PER_PICTURE = 2;
/**
 * Requests that go at the next animation frame after a command: the picture in flight when the
 * command was sent, and the one after it, whichever of the two the worker composed with the
 * change (the command and the request travel on different ports, so either may arrive first).
 */
const HURRIED_REQUESTS = 2;

export class PictureCadence {
  private hurried = 0;
  private wake: (() => void) | null = null;

  constructor(
    private readonly raf: (cb: () => void) => unknown,
    private readonly framesPerPicture = FRAMES_PER_PICTURE,
  ) {}

  /** A command went to the worker: its picture should not wait for the cadence. */
  hurry(): void {
    this.hurried = HURRIED_REQUESTS;
    this.wake?.();
  }

  /** Resolves when the page is ready for the next live picture. */
  async next(): Promise<void> {
    // The first wait is never cut short: the page draws the picture it has.
    await this.frame(false);
    for (let i = 1; i < this.framesPerPicture && this.hurried === 0; i++) await this.frame(true);
    if (this.hurried > 0) this.hurried--;
  }

  /** The next animation frame, or (if `cuttable`) sooner when a command hurries the cadence. */
  private frame(cuttable: boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        if (this.wake === done) this.wake = null;
        resolve();
      };
      if (cuttable) this.wake = done;
      this.raf(done);
    });
  }
}

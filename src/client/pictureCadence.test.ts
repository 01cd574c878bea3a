// The live picture's cadence with a hand-run animation frame: two frames per picture, a command
// hurries the picture in flight and the next one, and the first frame of a picture is never cut.
import { describe, expect, it } from 'vitest';
import { FRAMES_PER_PICTURE, PictureCadence } from './pictureCadence';

function handRaf() {
  let queue: (() => void)[] = [];
  return {
    raf: (cb: () => void) => void queue.push(cb),
    /** Runs one animation frame, then lets the promises it settled run on. */
    async tick() {
      const due = queue;
      queue = [];
      for (const cb of due) cb();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

/** Animation frames until `cadence.next()` resolves (at most 10). */
async function framesUntilReady(
  cadence: PictureCadence,
  clock: ReturnType<typeof handRaf>,
  during?: (frame: number) => void,
) {
  let ready = false;
  void cadence.next().then(() => (ready = true));
  await Promise.resolve();
  for (let frame = 1; frame <= 10; frame++) {
    await clock.tick();
    if (ready) return frame;
    during?.(frame);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    if (ready) return frame;
  }
  return Infinity;
}

describe('PictureCadence', () => {
  it('asks for the next picture two animation frames after the last', async () => {
    const clock = handRaf();
    const cadence = new PictureCadence(clock.raf);
    expect(FRAMES_PER_PICTURE).toBe(2);
    expect(await framesUntilReady(cadence, clock)).toBe(2);
    expect(await framesUntilReady(cadence, clock)).toBe(2);
  });

  it('a command hurries the picture in flight and the next, then the cadence returns', async () => {
    const clock = handRaf();
    const cadence = new PictureCadence(clock.raf);
    // Hurried while the page waits for its second frame: released at once, not at the frame.
    expect(await framesUntilReady(cadence, clock, () => cadence.hurry())).toBe(1);
    expect(await framesUntilReady(cadence, clock)).toBe(1);
    expect(await framesUntilReady(cadence, clock)).toBe(2);
  });

  it('never cuts the first frame of a picture short', async () => {
    const clock = handRaf();
    const cadence = new PictureCadence(clock.raf);
    let ready = false;
    void cadence.next().then(() => (ready = true));
    cadence.hurry();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(ready).toBe(false);
    await clock.tick();
    expect(ready).toBe(true);
  });

  it('one frame per picture when asked for', async () => {
    const clock = handRaf();
    const cadence = new PictureCadence(clock.raf, 1);
    expect(await framesUntilReady(cadence, clock)).toBe(1);
  });
});

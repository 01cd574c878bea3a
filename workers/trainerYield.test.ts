// The service yields the core to the page from a control change until the page draws it.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './engine/config';
import type { Frame } from './protocol';
import { InspectableService, until } from './testing';

function countingService(): { s: InspectableService; ticks: () => number } {
  let ticks = 0;
  const s = new InspectableService({
    transfer: (v) => v,
    now: () => performance.now(),
    defer: (task, delay) => {
      ticks++;
      setTimeout(task, delay);
    },
  });
  const c = defaultConfig();
  c.data.samples = 100;
  c.epochs = 100_000;
  s.createRun('a', c);
  return { s, ticks: () => ticks };
}

/** Frames, each held unacknowledged until `release()`. */
function heldFrames(s: InspectableService) {
  const frames: Frame[] = [];
  let release: (() => void) | null = null;
  s.subscribe((f) => {
    frames.push(f);
    return new Promise<void>((r) => (release = r));
  });
  return { frames, release: () => release!() };
}

describe('TrainerService on a core shared with the page', () => {
  it('trains nothing from a control change until the page acknowledges the frame showing it', async () => {
    const { s, ticks } = countingService();
    s.setDuty(0.5);
    const { frames, release } = heldFrames(s);
    s.play();
    await until(() => frames.length === 1);
    await until(() => s.trainerOf('a')!.epoch > frames[0]!.runs[0]!.epoch + 20);
    s.updateRun('a', { regularization: { kind: 'l2', lambda: 0.1 } });
    const epochAtChange = s.trainerOf('a')!.epoch;
    // Twenty ticks of the loop later, still nothing trained: the frame in flight predates the change.
    let seen = ticks();
    await until(() => ticks() > seen + 20);
    expect(s.trainerOf('a')!.epoch).toBe(epochAtChange);
    release();
    await until(() => frames.length === 2);
    expect(frames[1]!.runs[0]!.updates).toBe(1);
    // The frame that shows the change is out but not yet drawn: still nothing trained.
    seen = ticks();
    await until(() => ticks() > seen + 20);
    expect(s.trainerOf('a')!.epoch).toBe(epochAtChange);
    release();
    await until(() => s.trainerOf('a')!.epoch > epochAtChange + 20);
    s.pause();
  });

  it('with a core of its own, trains on while the page draws a control change', async () => {
    const { s } = countingService();
    const { frames, release } = heldFrames(s);
    s.play();
    await until(() => frames.length === 1);
    s.updateRun('a', { regularization: { kind: 'l2', lambda: 0.1 } });
    release();
    await until(() => frames.length === 2);
    const epochShown = frames[1]!.runs[0]!.epoch;
    await until(() => s.trainerOf('a')!.epoch > epochShown + 20);
    s.pause();
    expect(frames).toHaveLength(2);
  });
});

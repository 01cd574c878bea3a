// Which frames carry which runs' decision boundaries, with the real service: side by side with
// four runs training, two per frame in turn; a change shows in the next frame whatever the turn.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './engine/config';
import type { ConfigV1 } from './engine/config';
import type { Frame } from './protocol';
import { testService, until } from './testing';

function small(): ConfigV1 {
  const c = defaultConfig();
  c.data.samples = 60;
  c.epochs = 100_000;
  return c;
}

const IDS = ['a', 'b', 'c', 'd'];
const carrying = (f: Frame) => f.runs.filter((r) => r.boundary).map((r) => r.id);

describe('boundaries in frames', () => {
  it('a four-run frame carries two boundaries while training, the other two the next frame', async () => {
    const s = testService();
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    for (const id of IDS) expect(s.createRun(id, small())).toBeNull();
    await until(() => frames.some((f) => f.runs.length === 4));
    // Each run's first frame carries its start and its boundary together.
    for (const f of frames) for (const r of f.runs) if (r.start) expect(r.boundary).not.toBeNull();
    const before = frames.length;
    s.play();
    await until(() => frames.length > before + 12);
    s.pause();
    await until(() => !frames.at(-1)!.playback.playing);
    // The frame sent by play() itself comes before any training: nothing moved, nothing carried.
    const training = frames.slice(before + 1).filter((f) => f.playback.playing);
    expect(training.length).toBeGreaterThan(10);
    expect(training.every((f) => f.playback.playing)).toBe(true);
    for (const f of training) {
      expect(carrying(f)).toEqual(IDS.filter((_, i) => i % 2 === f.seq % 2));
      // The others still carry their epoch, weights and history.
      for (const r of f.runs) expect(r.weights.length).toBeGreaterThan(0);
    }
    // Paused, every boundary that moved comes at once: each run's last one shows its last epoch.
    const last = frames.at(-1)!;
    for (const [i, id] of IDS.entries()) {
      const shown = frames.filter((f) => f.runs[i]?.boundary).at(-1)!;
      expect([id, shown.runs[i]!.epoch]).toEqual([id, last.runs[i]!.epoch]);
    }
  }, 60_000);

  it('a run whose config changed carries its boundary in the next frame, off its turn', async () => {
    const s = testService();
    const frames: Frame[] = [];
    let release: (() => void) | null = null;
    s.subscribe((f) => {
      frames.push(f);
      return new Promise<void>((r) => (release = r));
    });
    for (const id of IDS) expect(s.createRun(id, small())).toBeNull();
    s.play();
    await until(() => release !== null);
    // Wait for a frame in flight after which it is not b's turn (b is the second run: odd seqs).
    const offTurnNext = () => frames.length > 2 && (frames.at(-1)!.seq + 1) % 2 === 0;
    while (!offTurnNext()) {
      const n = frames.length;
      release!();
      await until(() => frames.length > n);
    }
    const n = frames.length;
    await until(() => s.trainerOf('b')!.epoch > frames.at(-1)!.runs[1]!.epoch + 5);
    s.updateRun('b', { regularization: { kind: 'l2', lambda: 0.01 } });
    release!();
    await until(() => frames.length > n);
    s.pause();
    release!();
    const next = frames[n]!;
    expect(next.seq % 2).toBe(0);
    expect(next.runs[1]!.updates).toBe(1);
    expect(next.runs[1]!.boundary).not.toBeNull();
    // d, off its turn too, and unchanged, waits for its turn.
    expect(next.runs[3]!.boundary).toBeNull();
  }, 60_000);

  it('a run whose boundary did not move carries none, and a new listener gets every one', async () => {
    const s = testService();
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    expect(s.createRun('a', small())).toBeNull();
    s.step(3);
    await until(() => frames.at(-1)?.runs[0]?.epoch === 3);
    const n = frames.length;
    s.setSpeed(100); // a frame at once, with nothing trained
    await until(() => frames.length > n);
    expect(frames.at(-1)!.runs[0]!.boundary).toBeNull();
    const again: Frame[] = [];
    s.subscribe((f) => void again.push(f));
    await until(() => again.length > 0);
    expect(again[0]!.runs[0]!.start).not.toBeNull();
    expect(again[0]!.runs[0]!.boundary).not.toBeNull();
  });
});

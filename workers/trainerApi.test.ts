// The worker's service called directly (no Worker): frames, flow control, live updates.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './engine/config';
import type { ConfigV1 } from './engine/config';
import type { Frame } from './protocol';
import { testService, until } from './testing';
import { InspectableService } from './testing';

function small(edit?: (c: ConfigV1) => void): ConfigV1 {
  const c = defaultConfig();
  c.data.samples = 100;
  edit?.(c);
  return c;
}

describe('TrainerService', () => {
  it('keeps one frame in flight: the next frame waits for the acknowledgement', async () => {
    const s = testService();
    s.createRun('a', small());
    const frames: Frame[] = [];
    let release: (() => void) | null = null;
    s.subscribe((f) => {
      frames.push(f);
      return new Promise<void>((r) => (release = r));
    });
    s.play();
    await until(() => frames.length === 1);
    // Training goes on, but no second frame is sent while the first is unacknowledged.
    const epochAtFirst = frames[0]!.runs[0]!.epoch;
    await until(() => s.trainerOf('a')!.epoch > epochAtFirst + 200);
    expect(frames.length).toBe(1);
    release!();
    await until(() => frames.length === 2);
    s.pause();
    expect(frames[1]!.seq).toBe(frames[0]!.seq + 1);
  });

  it('streams every history record exactly once, in order, across frames', async () => {
    const s = testService();
    s.createRun('a', small());
    const epochs: number[] = [];
    let next = 0;
    s.subscribe((f) => {
      const r = f.runs[0]!;
      expect(r.historyStart).toBe(next);
      next += r.history.length;
      epochs.push(...r.history.map((h) => h.epoch));
    });
    s.play();
    await until(() => epochs.length > 500);
    s.pause();
    expect(epochs).toEqual(epochs.map((_, i) => i));
  });

  it('step(n) trains exactly n epochs while paused, and the grid is computed only for boundaries sent', async () => {
    const s = testService();
    s.createRun('a', small());
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    const trainer = s.trainerOf('a')!;
    let grids = 0;
    const evaluate = trainer.evaluateGrid.bind(trainer);
    trainer.evaluateGrid = (n, out) => {
      grids++;
      evaluate(n, out);
    };
    s.step(25);
    await until(() => frames.at(-1)?.runs[0]?.epoch === 25);
    expect(trainer.epoch).toBe(25);
    expect(grids).toBe(frames.filter((f) => f.runs[0]!.boundary).length);
    expect(frames.at(-1)!.runs[0]!.boundary!.grid.length).toBe(128 * 128);
  });

  it('never repeats a generation when a run is disposed and created again under its id', async () => {
    // Every lesson's variants are v1, v2, …: the page must not take the next lesson's v1 for
    // the last one's (it would append its records to the old history).
    const s = testService();
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    const v1 = () => frames.at(-1)?.runs.find((r) => r.id === 'v1');
    s.createRun('v1', small());
    s.step(3);
    await until(() => v1()?.epoch === 3);
    const seen = new Set(frames.flatMap((f) => f.runs.map((r) => r.generation)));
    s.disposeRun('v1');
    s.createRun('v1', small());
    await until(() => v1() !== undefined && !seen.has(v1()!.generation), 3000);
    expect(v1()!.generation).toBeGreaterThan(Math.max(...seen));
    expect(v1()!.historyStart).toBe(0);
  });

  it('applies λ live and restarts on a shape change, with a new generation and fresh data', async () => {
    const s = testService();
    s.createRun('a', small());
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.step(5);
    await until(() => frames.at(-1)?.runs[0]?.epoch === 5);
    const gen = frames.at(-1)!.runs[0]!.generation;
    expect(
      s.updateRun(
        'a',
        small((c) => (c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.1 })),
      ),
    ).toBe('live');
    s.step(1);
    await until(() => frames.at(-1)?.runs[0]?.epoch === 6);
    const live = frames.at(-1)!.runs[0]!;
    expect(live.generation).toBe(gen);
    expect(live.history.at(-1)!.penalty).toBeGreaterThan(0);
    expect(live.updates).toBe(1);
    expect(
      s.updateRun(
        'a',
        small((c) => (c.model.hidden = [3])),
      ),
    ).toBe('restart');
    await until(() => frames.at(-1)?.runs[0]?.generation === gen + 1);
    const restarted = frames.at(-1)!.runs[0]!;
    expect(restarted.epoch).toBe(0);
    expect(restarted.historyStart).toBe(0);
    expect(restarted.start).not.toBeNull();
    expect(restarted.widths).toEqual([2, 3, 1]);
  });

  it('rejects a bad config with a problem naming the key, keeping the run', () => {
    const s = testService();
    s.createRun('a', small());
    const result = s.updateRun(
      'a',
      small((c) => (c.optimizer.learningRate = 0)),
    );
    expect(result).toMatchObject({ key: 'optimizer.learningRate' });
    expect(
      s.createRun(
        'b',
        small((c) => (c.model.hidden = [99])),
      ),
    ).toMatchObject({ key: 'model.hidden[0]' });
    expect(s.trainerOf('a')).toBeDefined();
  });

  it('trains two runs on the same epoch axis', async () => {
    const s = testService();
    s.createRun('a', small());
    s.createRun(
      'b',
      small((c) => (c.regularization.kind = 'l1')),
    );
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.play();
    await until(() => (frames.at(-1)?.runs[0]?.epoch ?? 0) > 100);
    s.pause();
    const last = frames.at(-1)!;
    expect(last.runs.map((r) => r.id)).toEqual(['a', 'b']);
    expect(last.runs[0]!.epoch).toBe(last.runs[1]!.epoch);
  });

  it('a speed limit never trains faster than asked', async () => {
    const s = testService();
    s.createRun('a', small());
    s.subscribe(() => undefined);
    s.setSpeed(50);
    s.play();
    const t0 = performance.now();
    await until(() => s.trainerOf('a')!.epoch >= 10);
    const elapsed = (performance.now() - t0) / 1000;
    s.pause();
    // The clock owes floor(elapsed × speed) epochs; a slow machine only trains fewer.
    expect(s.trainerOf('a')!.epoch).toBeLessThanOrEqual(Math.floor(elapsed * 50) + 1);
  });

  function recordingService(delays: number[]): InspectableService {
    return new InspectableService({
      transfer: (v) => v,
      now: () => performance.now(),
      defer: (task, delay) => {
        delays.push(delay);
        setTimeout(task, delay);
      },
    });
  }
  const janky = { frames: 3, longestMs: 50, meanMs: 33 };
  const smooth = { frames: 6, longestMs: 17, meanMs: 16.7 };

  it('rests between slices while training makes the page drop frames, and trains flat out again after', async () => {
    const delays: number[] = [];
    const s = recordingService(delays);
    s.createRun(
      'a',
      small((c) => (c.epochs = 100_000)),
    );
    // A page that drops frames while the worker trains and keeps them while it rests (a probe).
    let contended = true;
    let last = performance.now();
    let acks = 0;
    s.subscribe(() => {
      const now = performance.now();
      const rested = now - last > 150;
      last = now;
      acks++;
      return contended && !rested ? janky : smooth;
    });
    s.play();
    await until(() => acks > 30);
    // Each slice is followed by a rest: the probe showed the worker was in the page's way.
    expect(delays.slice(-3).every((d) => d > 0)).toBe(true);
    contended = false;
    const seen = acks;
    await until(() => acks > seen + 80);
    delays.length = 0;
    await until(() => delays.length > 5);
    s.pause();
    expect(delays.slice(-5).every((d) => d === 0)).toBe(true);
  });

  it('trains on flat out when the page drops frames even while the worker rests', async () => {
    const delays: number[] = [];
    const s = recordingService(delays);
    s.createRun(
      'a',
      small((c) => (c.epochs = 100_000)),
    );
    let acks = 0;
    s.subscribe(() => {
      acks++;
      return janky;
    });
    s.play();
    await until(() => acks > 40);
    s.pause();
    // One probe rest, then no more: resting did not help the page.
    expect(
      delays.filter((d) => d > 0),
      JSON.stringify(delays.filter((d) => d > 0)),
    ).toHaveLength(1);
  });

  it('a control change goes out in the next frame, before any more training', async () => {
    const s = testService();
    s.createRun('a', small());
    const frames: Frame[] = [];
    let release: (() => void) | null = null;
    s.subscribe((f) => {
      frames.push(f);
      return new Promise<void>((r) => (release = r));
    });
    s.play();
    await until(() => frames.length === 1);
    await until(() => s.trainerOf('a')!.epoch > frames[0]!.runs[0]!.epoch + 50);
    s.updateRun('a', { regularization: { kind: 'l2', lambda: 0.1 } });
    // The acknowledgement sends the frame at once: no slice of training runs in between.
    const epochAtAck = s.trainerOf('a')!.epoch;
    release!();
    await until(() => frames.length === 2);
    s.pause();
    expect(frames[1]!.runs[0]!.updates).toBe(1);
    expect(frames[1]!.runs[0]!.epoch).toBe(epochAtAck);
  });

  it('trains a run to its epoch budget, then pauses by itself; a bigger budget trains on', async () => {
    const s = testService();
    s.createRun(
      'a',
      small((c) => (c.epochs = 40)),
    );
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.play();
    await until(
      () => frames.at(-1)?.playback.playing === false && frames.at(-1)!.runs[0]!.epoch === 40,
    );
    expect(frames.at(-1)!.runs[0]!.status).toBe('done');
    expect(frames.at(-1)!.playback.commands).toBe(1);
    expect(s.updateRun('a', { epochs: 80 })).toBe('live');
    s.play();
    await until(
      () => frames.at(-1)?.playback.playing === false && frames.at(-1)!.runs[0]!.epoch === 80,
    );
    expect(s.trainerOf('a')!.history.length).toBe(0); // every record already left in frames
  });

  it('marks exactly the points the model gets wrong, as accuracy counts them, now and in the past', async () => {
    const s = testService();
    s.createRun('a', small());
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.step(30);
    await until(() => frames.at(-1)?.runs[0]?.epoch === 30);
    const run = frames.at(-1)!.runs[0]!.boundary!;
    const trainer = s.trainerOf('a')!;
    const [nTrain, nVal] = [trainer.train.n, trainer.val.n];
    expect(run.wrong.length).toBe(nTrain + nVal + trainer.test.n);
    const ones = (a: Uint8Array) => a.reduce((sum, v) => sum + v, 0);
    const last = frames.flatMap((f) => f.runs[0]!.history).at(-1)!;
    expect(ones(run.wrong.subarray(0, nTrain))).toBe(Math.round((1 - last.trainAcc!) * nTrain));
    expect(ones(run.wrong.subarray(nTrain, nTrain + nVal))).toBe(
      Math.round((1 - last.valAcc!) * nVal),
    );
    const first = frames.flatMap((f) => f.runs[0]!.history)[0]!;
    const past = s.inspect('a', 0)!;
    expect(ones(past.wrong.subarray(nTrain, nTrain + nVal))).toBe(
      Math.round((1 - first.valAcc!) * nVal),
    );
  });
});

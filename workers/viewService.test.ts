// The views on the wire: asked for by setView, computed only for frames sent and only when
// something changed, at a rate bounded by their cost, transferred, never disturbing training.
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from './engine/config';
import { defaultConfig } from './engine/config';
import { Trainer } from './engine/trainer';
import type { Frame, RunFrame } from './protocol';
import { SnapshotStore } from './snapshots';
import type { Run } from './trainSlice';
import { InspectableService, testService, until } from './testing';
import type { ViewFrame, ViewRequest } from './viewService';
import { ViewService } from './viewService';

function small(edit?: (c: ConfigV1) => void): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, samples: 120 };
  c.model = { ...c.model, hidden: [5] };
  edit?.(c);
  return c;
}

const viewsOf = (frames: Frame[]) =>
  frames.map((f) => f.runs[0]?.view).filter((v): v is ViewFrame => v !== undefined);

/** A service that really transfers (a moved buffer is detached, as across a Worker). */
function transferringService(): InspectableService {
  return new InspectableService({
    transfer: (value, buffers) => structuredClone(value, { transfer: buffers }),
    now: () => performance.now(),
    defer: (task, delay) => void setTimeout(task, delay),
  });
}

describe('the view service', () => {
  it('sends the requested view on the run’s frames, with the numbers of the model as it is', async () => {
    const s = testService();
    s.createRun(
      'a',
      small((c) => (c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.05 })),
    );
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.step(20);
    await until(() => frames.at(-1)?.runs[0]?.epoch === 20);
    s.setView('a', { view: 'geometry', pair: [0, 1] });
    await until(() => viewsOf(frames).length === 1);
    const view = viewsOf(frames)[0]!;
    expect(view.problem).toBeNull();
    expect(view.epoch).toBe(20);
    expect(view.request).toEqual({ view: 'geometry', pair: [0, 1] });
    if (view.data?.view !== 'geometry') throw new Error('expected the geometry view');
    const weights = s.trainerOf('a')!.weights();
    // The plotted point is the model's pair of weights, exactly (a zero stays exactly 0).
    expect(view.data.geometry.current.a).toBe(weights[0]);
    expect(view.data.geometry.current.b).toBe(weights[1]);
    expect(view.data.line.current.w).toBe(weights[0]);
    // The trajectory runs through every stored epoch up to now.
    expect(Array.from(view.data.trajectory.epochs)).toEqual(
      Array.from({ length: 21 }, (_, e) => e),
    );
    expect(view.data.trajectory.a[20]).toBe(weights[0]);
  });

  it('computes a view again only when something changed: training, an update, a new request', async () => {
    const s = testService();
    s.createRun('a', small());
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.setView('a', { view: 'weights-over-time' });
    await until(() => viewsOf(frames).length === 1);
    // A frame for another reason (the speed) with nothing changed carries no view.
    const before = frames.length;
    s.setSpeed(30);
    await until(() => frames.length > before);
    expect(frames.at(-1)!.runs[0]!.view).toBeUndefined();
    // A new request is answered though nothing trained.
    s.setView('a', { view: 'dropout-ensemble', members: 8, draw: 0 });
    await until(() => viewsOf(frames).length === 2);
    expect(viewsOf(frames)[1]!.request.view).toBe('dropout-ensemble');
    // So is training (after the view's minimum interval).
    s.step(3);
    await until(() => viewsOf(frames).length === 3);
    expect(viewsOf(frames)[2]!.epoch).toBe(3);
  });

  it('answers the last of several quick requests, with nothing training, by waking itself', async () => {
    const s = testService();
    s.createRun(
      'a',
      small((c) => (c.model = { ...c.model, hidden: [8], dropoutKeep: 0.5 })),
    );
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.step(5);
    // Idle first: the five epochs trained and shown (on a loaded machine they take several slices).
    await until(() => frames.at(-1)?.runs[0]?.epoch === 5);
    for (const members of [8, 9, 10, 11, 12]) {
      s.setView('a', { view: 'dropout-ensemble', members, draw: 0 });
    }
    await until(() => {
      const last = viewsOf(frames).at(-1);
      return last?.data?.view === 'dropout-ensemble' && last.data.ensemble.members === 12;
    });
    expect(s.trainerOf('a')!.epoch).toBe(5);
  });

  it('names what a view needs when the model lacks it, in a sentence', async () => {
    const s = testService();
    s.createRun('a', small());
    const frames: Frame[] = [];
    s.subscribe((f) => void frames.push(f));
    s.setView('a', { view: 'batch-norm', batchSize: 8, draw: 0 });
    await until(() => viewsOf(frames).length === 1);
    expect(viewsOf(frames)[0]!.problem?.kind).toBe('no-batch-norm');
    expect(viewsOf(frames)[0]!.data).toBeNull();
    s.setView('a', { view: 'geometry', pair: [0, 999] });
    await until(() => viewsOf(frames).length === 2);
    expect(viewsOf(frames)[1]!.problem).toMatchObject({ kind: 'failed' });
    expect(viewsOf(frames)[1]!.problem!.message).toMatch(/Weight 999 does not exist.*15 weights/);
    s.updateRun('a', { model: { hidden: [] } });
    s.setView('a', { view: 'dropout-ensemble', members: 8, draw: 0 });
    await until(() => viewsOf(frames).at(-1)?.problem?.kind === 'no-hidden-layer');
  });

  it('transfers the view’s buffers, and training goes on bit for bit as without a view', async () => {
    const config = small((c) => {
      c.model = { hidden: [6, 5], activation: 'tanh', batchNorm: true, dropoutKeep: 0.8 };
      c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 16 };
      c.regularization = { ...c.regularization, kind: 'elasticnet', lambda: 0.003 };
      c.augmentation = { ...c.augmentation, jitter: 0.2 };
    });
    const looked = transferringService();
    const plain = transferringService();
    looked.createRun('a', config);
    plain.createRun('a', config);
    const frames: Frame[] = [];
    let lastTransfers = 0;
    looked.subscribe((f) => void frames.push(f));
    plain.subscribe(() => undefined);
    const requests: ViewRequest[] = [
      { view: 'geometry' },
      { view: 'dropout-ensemble', members: 8, draw: 1 },
      { view: 'batch-norm', batchSize: 4, draw: 2 },
      { view: 'weights-over-time' },
    ];
    for (const [k, request] of requests.entries()) {
      looked.setView('a', request);
      looked.step(4);
      plain.step(4);
      await until(() => viewsOf(frames).length > k && frames.at(-1)?.runs[0]?.epoch === 4 * k + 4);
      await until(() => plain.trainerOf('a')!.epoch === 4 * k + 4);
      const view = viewsOf(frames).at(-1)!;
      expect(view.problem).toBeNull();
      lastTransfers = countArrays(view.data);
      expect(lastTransfers).toBeGreaterThan(0);
    }
    const [a, b] = [looked.trainerOf('a')!, plain.trainerOf('a')!];
    expect(a.params).toEqual(b.params);
    expect(a.runningStats()).toEqual(b.runningStats());
    expect(a.earlyStoppingState()).toEqual(b.earlyStoppingState());
    // Every stored snapshot is whole: nothing the worker keeps was moved away.
    const [mine, theirs] = [looked.snapshotsOf('a')!, plain.snapshotsOf('a')!];
    expect(mine.epochs()).toEqual(theirs.epochs());
    for (const e of mine.epochs()) {
      expect(mine.nearest(e)!.params).toEqual(theirs.nearest(e)!.params);
    }
  }, 60_000);

  it('moves every typed array of a view instead of copying it', () => {
    const trainer = new Trainer(
      small((c) => (c.model = { ...c.model, hidden: [8], dropoutKeep: 0.5 })),
    );
    const run = runOf(trainer);
    trainer.step(3);
    run.snapshots.observe();
    const views = new ViewService({ now: () => 0, defer: () => undefined }, () => undefined);
    views.set('a', { view: 'dropout-ensemble', members: 8, draw: 0 });
    const frames = [frameOf(trainer)];
    const transfers: Transferable[] = [];
    views.attach(frames, new Map([['a', run]]), transfers);
    const data = frames[0]!.view!.data!;
    const arrays = typedArrays(data);
    expect(arrays.length).toBeGreaterThan(5);
    for (const arr of arrays) expect(transfers).toContain(arr.buffer);
    expect(new Set(transfers).size).toBe(transfers.length);
    // None of them is the trainer's own memory.
    expect(transfers).not.toContain(trainer.params.buffer);
  });
});

describe('the view rate', () => {
  /** A clock read from a script: each value is one reading (before and after a computation). */
  function scriptedClock() {
    const readings: number[] = [];
    const wakes: number[] = [];
    const clock = {
      now: () => readings.shift() ?? NaN,
      defer: (_task: () => void, delay: number) => void wakes.push(delay),
    };
    return { readings, wakes, clock };
  }

  it('waits max(200 ms, 4 × its cost) while training, its cost after a new request, and wakes itself', () => {
    const trainer = new Trainer(small());
    const run = runOf(trainer);
    const { readings, wakes, clock } = scriptedClock();
    let due = 0;
    const views = new ViewService(clock, () => due++);
    const runs = new Map([['a', run]]);
    const attach = () => {
      const frames = [frameOf(trainer)];
      views.attach(frames, runs, []);
      return frames[0]!.view;
    };
    views.set('a', { view: 'weights-over-time' });
    readings.push(0, 100); // computed at once (a new request), taking 100 ms
    expect(attach()?.epoch).toBe(0);
    expect(attach()).toBeUndefined(); // nothing changed: not even a clock reading
    expect(readings.length).toBe(0);
    trainer.step(1);
    readings.push(300); // 200 ms after: 4 × 100 = 400 ms are due, so it waits 200 more
    expect(attach()).toBeUndefined();
    expect(wakes).toEqual([200]);
    readings.push(450); // still waiting: the wake-up already pending is enough
    expect(attach()).toBeUndefined();
    expect(wakes).toEqual([200]);
    readings.push(500, 520); // due: computed, taking 20 ms
    expect(attach()?.epoch).toBe(1);
    trainer.step(1);
    readings.push(600); // now the 200 ms floor rules: 80 ms to go
    expect(attach()).toBeUndefined();
    readings.push(720, 730);
    expect(attach()?.epoch).toBe(2);
    // A new request only waits for the last computation's cost (10 ms).
    views.set('a', { view: 'weights-over-time' });
    readings.push(735);
    expect(attach()).toBeUndefined();
    readings.push(740, 745);
    expect(attach()?.epoch).toBe(2);
    expect(due).toBe(0); // the scripted clock never runs its wake-ups
    // null stops the view, however due it is.
    views.set('a', null);
    trainer.step(1);
    readings.push(10_000, 10_001);
    expect(attach()).toBeUndefined();
    expect(readings.length).toBe(2);
  });
});

function runOf(trainer: Trainer): Run {
  return {
    config: trainer.config,
    trainer,
    cursor: { generation: 1, sentHistory: 0, sentStart: true },
    snapshots: new SnapshotStore(trainer),
  };
}

function frameOf(trainer: Trainer): RunFrame {
  return { id: 'a', generation: 1, epoch: trainer.epoch, updates: 0 } as RunFrame;
}

function typedArrays(value: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) out.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) typedArrays(v, out);
  return out;
}

function countArrays(value: unknown): number {
  return typedArrays(value).length;
}

// How frames move the page's playback: a pause the worker made by itself (every run ended)
// pauses the page, but only from a frame that has seen every play/pause the page sent. And how
// a frame composed before the worker saw the page replace a run is skipped for that run only.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConfigV1, Frame } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import type { RunCursor } from '../../workers/runFrame';
import { composeRunFrame, composeRuns } from '../../workers/runFrame';
import { newRun } from '../../workers/trainSlice';
import { testService, until } from '../../workers/testing';
import { boundaryPicture, frameStore } from './frameStore';
import { dropHistory, historyOf } from './histories';
import { MAIN_RUN, newRunState, useLab } from './labStore';
import { receiveFrame } from './receiveFrame';

function frame(playing: boolean, commands: number): Frame {
  return { seq: 1, playback: { playing, speed: null, commands }, runs: [] };
}

beforeEach(() => {
  useLab.setState({
    runs: { [MAIN_RUN]: newRunState(defaultConfig()) },
    runOrder: [MAIN_RUN],
    playback: { playing: true, speed: null, commandsSent: 3 },
  });
});

describe('playback from frames', () => {
  it('pauses the page when the worker paused by itself after all its commands', () => {
    receiveFrame(frame(false, 3));
    expect(useLab.getState().playback.playing).toBe(false);
    expect(useLab.getState().training).toBe(false);
  });

  it('never undoes a click with a frame composed before the worker saw it', () => {
    receiveFrame(frame(false, 2));
    expect(useLab.getState().playback.playing).toBe(true);
  });

  it('never starts the page playing from a frame', () => {
    useLab.setState({ playback: { playing: false, speed: null, commandsSent: 3 } });
    receiveFrame(frame(true, 3));
    expect(useLab.getState().playback.playing).toBe(false);
    expect(useLab.getState().training).toBe(true);
  });
});

describe('frames that cross a change the page made', () => {
  function small(): ConfigV1 {
    const c = defaultConfig();
    c.data.samples = 60;
    return c;
  }

  it('skips a replaced run’s stale records, applies the other runs, then the new run', async () => {
    const service = testService();
    const frames: Frame[] = [];
    service.subscribe((f) => void frames.push(f));
    useLab.setState({
      runs: { [MAIN_RUN]: newRunState(small()), v1: newRunState(small()) },
      runOrder: [MAIN_RUN, 'v1'],
      playback: { playing: false, speed: null, commandsSent: 0 },
    });
    dropHistory(MAIN_RUN);
    dropHistory('v1');
    service.createRun(MAIN_RUN, small());
    service.createRun('v1', small());
    service.step(2);
    await until(() => frames.at(-1)?.runs.every((r) => r.epoch === 2) ?? false);
    // The page applies the first frames (each run's start and its first records)…
    const first = frames.findIndex((f) => f.runs.some((r) => r.epoch > 0));
    for (const f of frames.slice(0, first)) receiveFrame(f);
    // …then replaces v1 (the next lesson's variant) before the rest arrive.
    useLab.setState((s) => ({ runs: { ...s.runs, v1: newRunState(small()) } }));
    dropHistory('v1');
    for (const f of frames.slice(first)) receiveFrame(f);
    expect(useLab.getState().runs.v1!.generation).toBe(0);
    expect(historyOf('v1').length).toBe(0);
    expect(useLab.getState().runs[MAIN_RUN]!.epoch).toBe(2);
    expect(historyOf(MAIN_RUN).length).toBe(3);

    // The new v1's first frame starts its history and its picture.
    const sent = frames.length;
    service.disposeRun('v1');
    service.createRun('v1', small());
    await until(() => frames.length > sent && frames.at(-1)!.runs.some((r) => r.start));
    for (const f of frames.slice(sent)) receiveFrame(f);
    const v1 = useLab.getState().runs.v1!;
    expect(v1.generation).toBe(frames.at(-1)!.runs.find((r) => r.id === 'v1')!.generation);
    expect(historyOf('v1').length).toBe(1);
    expect(frameStore.getState().live.v1?.epoch).toBe(0);
  });
});

describe('boundaries side by side', () => {
  let ids: string[] = [];
  const config = defaultConfig();
  config.data = { ...config.data, dataset: 'circle', samples: 60 };
  config.model = { ...config.model, hidden: [4] };

  function setUp(prefix: string) {
    ids = ['a', 'b', 'c', 'd'].map((x) => `${prefix}-${x}`);
    const runs = new Map(ids.map((id, i) => [id, newRun(config, 200 + i)]));
    useLab.setState({
      runs: Object.fromEntries(ids.map((id) => [id, newRunState(config)])),
      runOrder: ids,
      playback: { playing: true, speed: null, commandsSent: 0 },
    });
    for (const id of ids) dropHistory(id);
    frameStore.setState({ live: {}, held: {}, past: {}, scrubEpoch: null });
    let seq = 0;
    /** Trains every run one epoch and applies the frame the worker composes (its turns). */
    return (playing: boolean): Frame => {
      for (const run of runs.values()) run.trainer.step(1);
      const at = { seq: ++seq, playing, gridSize: 8, epochsPerSecond: 0 };
      const frame = {
        seq,
        playback: { playing, speed: null, commands: 0 },
        runs: [] as Frame['runs'],
      };
      frame.runs = composeRuns(runs, at, new Map(), []);
      receiveFrame(frame);
      return frame;
    };
  }

  const shown = () => ids.map((id) => boundaryPicture(frameStore.getState(), id));
  const live = () => ids.map((id) => frameStore.getState().live[id]!);

  it('a run whose frame carries no boundary keeps showing the picture that brought its last one', () => {
    const next = setUp('turn');
    next(true); // every run's first frame carries its boundary
    expect(shown()).toEqual(live());
    for (let k = 0; k < 4; k++) {
      const before = shown();
      const frame = next(true);
      const carried = frame.runs.map((r) => r.boundary !== null);
      expect(carried.filter(Boolean)).toHaveLength(2);
      shown().forEach((p, i) => {
        // The live picture moves on with the frame's epoch and weights either way…
        expect(live()[i]!.epoch).toBe(frame.runs[i]!.epoch);
        expect(live()[i]!.weights).toBe(frame.runs[i]!.weights);
        if (carried[i]) {
          expect(p).toBe(live()[i]);
          expect(p!.grid).toBe(frame.runs[i]!.boundary!.grid);
        } else {
          // …and one without a boundary shows the same object as before: canvas, contour,
          // marks and count all read it, so nothing repaints and they agree.
          expect(p).toBe(before[i]);
          expect(live()[i]!.grid).toBe(p!.grid);
          expect(live()[i]!.contour).toBe(p!.contour);
          expect(live()[i]!.wrong).toBe(p!.wrong);
        }
      });
    }
  });

  it('shows every run live once training stops', () => {
    const next = setUp('stop');
    next(true);
    next(true);
    next(false);
    expect(shown()).toEqual(live());
    for (const p of shown()) expect(p!.epoch).toBe(3);
  });

  it('draws nothing stale for a run whose first frame it has not had: the picture waits for it', () => {
    setUp('first');
    const [id] = ids;
    const trainer = new Trainer(config);
    const cursor: RunCursor = { generation: 7, sentHistory: 0, sentStart: true };
    // A frame without the run's start (the page missed it) and without a boundary: no picture.
    const rf = { ...composeRunFrame(id!, trainer, cursor, 8, 0, 0, []), boundary: null };
    receiveFrame({ seq: 1, playback: { playing: true, speed: null, commands: 0 }, runs: [rf] });
    expect(frameStore.getState().live[id!]).toBeUndefined();
    expect(useLab.getState().runs[id!]!.generation).toBe(7);
  });
});

// How frames move the page's playback: a pause the worker made by itself (every run ended)
// pauses the page, but only from a frame that has seen every play/pause the page sent. And how
// a frame composed before the worker saw the page replace a run is skipped for that run only.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConfigV1, Frame } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import type { RunCursor } from '../../workers/runFrame';
import { composeRunFrame } from '../../workers/runFrame';
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
    const trainers = ids.map(() => new Trainer(config));
    const cursors: RunCursor[] = ids.map(() => ({
      generation: 0,
      sentHistory: 0,
      sentStart: false,
    }));
    useLab.setState({
      runs: Object.fromEntries(ids.map((id) => [id, newRunState(config)])),
      runOrder: ids,
      playback: { playing: true, speed: null, commandsSent: 0 },
    });
    frameStore.setState({ live: {}, held: {}, past: {}, scrubEpoch: null });
    /** Trains every run one epoch and applies the frame. */
    return (playing: boolean) => {
      const runs = ids.map((id, i) => {
        trainers[i]!.step(1);
        return composeRunFrame(id, trainers[i]!, cursors[i]!, 8, 0, 0, []);
      });
      receiveFrame({ seq: 0, playback: { playing, speed: null, commands: 0 }, runs });
    };
  }

  it('with four runs training, half of them hold their picture each frame, in turn', () => {
    const next = setUp('turn');
    next(true);
    next(true);
    const shown = () => ids.map((id) => boundaryPicture(frameStore.getState(), id));
    const live = () => ids.map((id) => frameStore.getState().live[id]);
    let previous: boolean[] = [];
    for (let k = 0; k < 3; k++) {
      const before = shown();
      next(true);
      const now = shown();
      const moved = now.map((p, i) => p !== before[i]);
      expect(moved.filter(Boolean)).toHaveLength(2);
      // What moved is the live picture; what held is the one it showed before.
      now.forEach((p, i) => expect(p).toBe(moved[i] ? live()[i] : before[i]));
      // The other half goes next frame.
      if (k > 0) expect(moved).toEqual(previous.map((m) => !m));
      previous = moved;
    }
  });

  it('shows every run live once training stops', () => {
    const next = setUp('stop');
    next(true);
    next(true);
    next(false);
    for (const id of ids) {
      expect(boundaryPicture(frameStore.getState(), id)).toBe(frameStore.getState().live[id]);
    }
  });
});

// How frames move the page's playback: a pause the worker made by itself (every run ended)
// pauses the page, but only from a frame that has seen every play/pause the page sent.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import type { RunCursor } from '../../workers/runFrame';
import { composeRunFrame } from '../../workers/runFrame';
import { boundaryPicture, frameStore } from './frameStore';
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

// How frames move the page's playback: a pause the worker made by itself (every run ended)
// pauses the page, but only from a frame that has seen every play/pause the page sent.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
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

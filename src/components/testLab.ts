// Shared by the component tests: a fresh lab store per test, and a stand-in for the Worker
// (jsdom has none). The store and its actions are the real ones; only the worker at the far end
// of the client is absent, so no frames arrive and tests set run state directly.
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import type { ConfigV1 } from '../../workers/contract';
import type { RunState } from '../store/labStore';
import { MAIN_RUN, newRunState, useLab } from '../store/labStore';

/** Accepts the client's messages and never answers, like a worker that is still starting. */
class SilentWorker extends EventTarget {
  postMessage(): void {}
  terminate(): void {}
}

if (typeof globalThis.Worker === 'undefined') {
  globalThis.Worker = SilentWorker as unknown as typeof Worker;
}

beforeEach(() => {
  useLab.setState({
    lang: 'en',
    runs: { [MAIN_RUN]: newRunState(defaultConfig()) },
    runOrder: [MAIN_RUN],
    playback: { playing: false, speed: null, commandsSent: 0 },
    notice: null,
  });
});

afterEach(cleanup);

export function mainConfig(): ConfigV1 {
  return useLab.getState().runs[MAIN_RUN]!.config;
}

/** Changes the main run's state as a frame from the worker would. */
export function setMainRun(patch: Partial<RunState>): void {
  act(() => {
    useLab.setState((s) => ({
      runs: { ...s.runs, [MAIN_RUN]: { ...s.runs[MAIN_RUN]!, ...patch } },
    }));
  });
}

/** Sets the main run's config directly (a starting point for a test, not an edit under test). */
export function setMainConfig(edit: (c: ConfigV1) => void): void {
  const config = structuredClone(mainConfig());
  edit(config);
  setMainRun({ config });
}

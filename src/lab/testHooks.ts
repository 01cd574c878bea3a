// The browser tests' and bench:ui's handle on the page, installed only in the test build
// (`vite build --mode e2e`, see main.tsx): a production bundle has none of it.
import type { Frame, TrainerPort } from '../../workers/contract';
import { historyOf } from '../store/histories';
import { useLab } from '../store/labStore';
import * as actions from './actions';
import { editConfig } from './labConfig';
import { send, tapFrames, trainer } from './session';

/** The worker's extra commands in the test build. */
type TestPort = TrainerPort & {
  crashForTest(): Promise<void>;
  closeForTest(): Promise<void>;
};

export function installTestHooks(): void {
  // Config updates the page sent and the worker applied, per run: bench:ui's slider→frame delay.
  const applied = new Map<string, number>();
  tapFrames((frame: Frame) => {
    for (const r of frame.runs) applied.set(r.id, r.updates);
  });
  const port = () => trainer() as TestPort;
  Object.assign(window, {
    __reglab: {
      lab: useLab,
      historyOf,
      actions: {
        ...actions,
        editConfig,
        crashWorkerForTest: () => send(port().crashForTest()),
        closeWorkerForTest: () => send(port().closeForTest()),
      },
      updatesApplied: (id: string) => applied.get(id) ?? 0,
    },
  });
}

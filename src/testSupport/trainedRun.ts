// Test support: trains a real engine run and feeds its frames to the stores the way the client
// does, so chart tests render the numbers a student would see.
import type { ConfigV1 } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import type { RunCursor } from '../../workers/runFrame';
import { composeRunFrame } from '../../workers/runFrame';
import { receiveFrame } from '../store/receiveFrame';
import { newRunState, useLab } from '../store/labStore';

export interface TrainedRun {
  trainer: Trainer;
  /** Trains n more epochs and applies the resulting frame. */
  step(n: number): void;
}

let generation = 100;

/** A small, fast default: circle data, 200 points, an [8, 8] tanh net. */
export function smallConfig(edit?: (c: ConfigV1) => void): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'circle', samples: 200 };
  edit?.(c);
  return c;
}

export function trainedRun(
  runId: string,
  config: ConfigV1,
  epochs: number,
  gridSize = 40,
): TrainedRun {
  const trainer = new Trainer(config);
  useLab.setState((s) => ({ runs: { ...s.runs, [runId]: newRunState(config) } }));
  const cursor: RunCursor = { generation: ++generation, sentHistory: 0, sentStart: false };
  const step = (n: number) => {
    trainer.step(n);
    const run = composeRunFrame(runId, trainer, cursor, gridSize, 0, 0, []);
    receiveFrame({ seq: 0, playback: { playing: false, speed: null, commands: 0 }, runs: [run] });
  };
  step(epochs);
  return { trainer, step };
}

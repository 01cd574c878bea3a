// The store's actions against the real training service (in-process: no Worker under Node).
import { afterEach, describe, expect, it } from 'vitest';
import { historyOf } from './histories';
import { MAIN_RUN, useLab } from './labStore';
import { editConfig, pause, play, startLab, stepEpochs, trainInProcessForTests } from './actions';
import { frameStore } from './frameStore';

function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = () => {
      if (condition()) resolve();
      else if (Date.now() - t0 > timeoutMs) reject(new Error('condition not reached in time'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

const trainer = trainInProcessForTests();

afterEach(() => pause());

describe('lab actions', () => {
  it('start from a malformed link: defaults with a notice, and the run streams frames', async () => {
    startLab('#config=%7Bnot-json');
    expect(useLab.getState().notice?.kind).toBe('link-malformed');
    stepEpochs(3);
    await until(() => useLab.getState().runs[MAIN_RUN]!.epoch === 3);
    const h = historyOf(MAIN_RUN);
    expect(h.length).toBe(4);
    expect(Array.from(h.columns.epoch.subarray(0, 4))).toEqual([0, 1, 2, 3]);
    const frame = frameStore.getState().frames[MAIN_RUN]!;
    expect(frame.grid.length).toBe(frame.gridSize * frame.gridSize);
    expect(frame.points.train.length).toBeGreaterThan(0);
  });

  it('a λ change applies live: same run, same history, new penalty', async () => {
    startLab('');
    stepEpochs(2);
    await until(() => useLab.getState().runs[MAIN_RUN]!.epoch === 2);
    const generation = useLab.getState().runs[MAIN_RUN]!.generation;
    editConfig(MAIN_RUN, (c) => {
      c.regularization.kind = 'l2';
      c.regularization.lambda = 0.1;
    });
    stepEpochs(1);
    await until(() => useLab.getState().runs[MAIN_RUN]!.epoch === 3);
    expect(useLab.getState().runs[MAIN_RUN]!.generation).toBe(generation);
    const h = historyOf(MAIN_RUN);
    expect(h.get('penalty', 2)).toBe(0);
    expect(h.get('penalty', 3)).toBeGreaterThan(0);
  });

  it('a shape change starts a new run and the history starts over', async () => {
    startLab('');
    stepEpochs(2);
    await until(() => useLab.getState().runs[MAIN_RUN]!.epoch === 2);
    const generation = useLab.getState().runs[MAIN_RUN]!.generation;
    editConfig(MAIN_RUN, (c) => {
      c.model.hidden = [4];
    });
    await until(() => useLab.getState().runs[MAIN_RUN]!.generation > generation);
    expect(useLab.getState().runs[MAIN_RUN]!.epoch).toBe(0);
    expect(historyOf(MAIN_RUN).length).toBe(1);
    expect(frameStore.getState().frames[MAIN_RUN]!.widths).toEqual([2, 4, 1]);
  });

  it('an invalid edit is refused with a notice naming the key, and the config is kept', () => {
    startLab('');
    const before = useLab.getState().runs[MAIN_RUN]!.config;
    editConfig(MAIN_RUN, (c) => {
      c.optimizer.learningRate = -1;
    });
    expect(useLab.getState().notice?.detail).toMatch(/optimizer\.learningRate/);
    expect(useLab.getState().runs[MAIN_RUN]!.config).toBe(before);
  });

  it('play trains until paused', async () => {
    startLab('');
    play();
    await until(() => useLab.getState().runs[MAIN_RUN]!.epoch > 20);
    pause();
    expect(trainer.service.trainerOf(MAIN_RUN)!.epoch).toBeGreaterThan(20);
  });
});

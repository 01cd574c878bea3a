// The one-click recovery against the real training service (in-process: no Worker under Node).
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import { until } from '../../workers/testing';
import { trainInProcess } from '../testSupport/inProcessTrainer';
import { MAIN_RUN, useLab } from '../store/labStore';
import { encodeHash } from '../store/urlCodec';
import { pause } from './actions';
import { startLab } from './labConfig';
import { recoverFromDivergence } from './recovery';

trainInProcess();
afterEach(() => pause());

const mainRun = () => useLab.getState().runs[MAIN_RUN]!;

function open(edit: (c: ReturnType<typeof defaultConfig>) => void): void {
  const config = defaultConfig();
  config.epochs = 100_000;
  edit(config);
  startLab(encodeHash({ config, lang: 'en', comparison: null }));
}

describe('recovering from a divergence', () => {
  it('applies the rate the worker found, starts over and plays, past the old divergence', async () => {
    open((c) => {
      c.optimizer = { kind: 'sgd', learningRate: 10, batchSize: 10 };
      c.regularization = { ...c.regularization, kind: 'l2', lambda: 10 };
    });
    useLab.setState((s) => ({ playback: { ...s.playback, playing: false } }));
    recoverFromDivergence(MAIN_RUN);
    await until(() => mainRun().config.optimizer.learningRate !== 10);
    // lr 1 diverges at once too (λ·lr must stay below 2 under SGD): one click goes to 0.1.
    expect(mainRun().config.optimizer.learningRate).toBe(0.1);
    expect(useLab.getState().playback.playing).toBe(true);
    await until(() => mainRun().epoch > 100, 30_000);
    expect(mainRun().status).toBe('running');
  }, 60_000);

  it('says the learning rate is not the cause when no lower rate is left to try', async () => {
    open((c) => (c.optimizer.learningRate = 1e-6));
    recoverFromDivergence(MAIN_RUN);
    await until(() => useLab.getState().notice !== null);
    expect(useLab.getState().notice).toEqual({ kind: 'recovery-failed', detail: '0.000001' });
    expect(mainRun().config.optimizer.learningRate).toBe(1e-6);
    expect(useLab.getState().playback.playing).toBe(false);
  });
});

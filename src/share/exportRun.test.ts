// The Export button's file, built from a real run trained in-process: the worker's model and
// data with the page's history, which frames have carried over record by record.
import { describe, expect, it } from 'vitest';
import { exportRun, stepEpochs } from '../lab/actions';
import { startLab } from '../lab/labConfig';
import { MAIN_RUN, useLab } from '../store/labStore';
import { trainInProcess } from '../testSupport/inProcessTrainer';
import { defaultConfig } from '../../workers/contract';
import { encodeHash } from '../store/urlCodec';

const configLink = (config: ReturnType<typeof defaultConfig>) =>
  encodeHash({ config, lang: 'en', comparison: null });

async function untilEpoch(epoch: number): Promise<void> {
  const t0 = Date.now();
  while (useLab.getState().runs[MAIN_RUN]!.epoch < epoch) {
    if (Date.now() - t0 > 10_000) throw new Error('training did not reach the epoch');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('exportRun', () => {
  it('is a complete run export v1: config as sent, biases, and every epoch of history', async () => {
    trainInProcess();
    startLab(configLink(defaultConfig()));
    stepEpochs(5);
    await untilEpoch(5);
    const run = (await exportRun(MAIN_RUN))!;
    expect(run.version).toBe(1);
    expect(run.config).toEqual(useLab.getState().runs[MAIN_RUN]!.config);
    expect(run.config.epochs).toBe(500);
    expect(run.history.map((h) => h.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(run.model.layers.map((l) => l.biases.length)).toEqual([8, 8, 1]);
    expect(run.initialModel.layers[0]!.weights).toHaveLength(8);
    expect(run.data.train.length + run.data.val.length + run.data.test.length).toBe(400);
    expect(await exportRun('no-such-run')).toBeNull();
  });
});

// The store's actions against the real training service (in-process: no Worker under Node).
import { afterEach, describe, expect, it } from 'vitest';
import { historyOf } from '../store/histories';
import { MAIN_RUN, useLab } from '../store/labStore';
import { pause, play, stepEpochs } from './actions';
import { editConfig, loadLesson, setComparison, startLab } from './labConfig';
import { currentHash } from './hash';
import { defaultConfig } from '../../workers/contract';
import { frameStore, shownPicture } from '../store/frameStore';
import { until } from '../../workers/testing';
import { trainInProcess } from '../testSupport/inProcessTrainer';
import { encodeHash } from '../store/urlCodec';
import { defaultLabConfig } from '../lesson/defaultLab';

const service = trainInProcess();

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
    const frame = shownPicture(frameStore.getState(), MAIN_RUN)!;
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

  it('opens the embedded default lab, and names the keys of a link it did not recognise', () => {
    startLab('');
    expect(useLab.getState().runs[MAIN_RUN]!.config).toEqual(defaultLabConfig());
    expect(useLab.getState().notice).toBeNull();
    const withExtra = { ...defaultConfig(), colour: 'blue' };
    startLab(`#config=${encodeURIComponent(JSON.stringify(withExtra))}`);
    expect(useLab.getState().notice?.kind).toBe('link-warnings');
    expect(useLab.getState().notice?.detail).toMatch(/colour/);
  });

  it('an edit one variant cannot take changes no run, names the run, and keeps the link', async () => {
    const config = defaultConfig();
    const comparison = {
      mainLabel: 'BN off',
      variants: [{ label: 'BN on', patch: { model: { batchNorm: true } } }],
    };
    startLab(encodeHash({ config, lang: 'en', comparison }));
    const before = currentHash();
    editConfig(MAIN_RUN, (c) => (c.optimizer.batchSize = 1));
    expect(useLab.getState().notice).toMatchObject({ kind: 'config-rejected', run: 'BN on' });
    expect(useLab.getState().notice?.detail).toMatch(/optimizer\.batchSize/);
    expect(useLab.getState().runs[MAIN_RUN]!.config.optimizer.batchSize).toBe(10);
    expect(currentHash()).toBe(before);
    // A change every run can take reaches the variant too, in the store and in the worker.
    editConfig(MAIN_RUN, (c) => (c.data.dataset = 'moons'));
    expect(useLab.getState().runs.v1!.config.data.dataset).toBe('moons');
    await until(() => service.trainerOf('v1')?.config.data.dataset === 'moons');
    expect(service.trainerOf('v1')!.config.model.batchNorm).toBe(true);
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
    const inputs = defaultLabConfig().features.length;
    expect(shownPicture(frameStore.getState(), MAIN_RUN)!.widths).toEqual([inputs, 4, 1]);
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
    expect(service.trainerOf(MAIN_RUN)!.epoch).toBeGreaterThan(20);
  });

  it('side by side: variants share data and initial weights, differ only in their patch, and follow main', async () => {
    startLab('');
    setComparison({
      mainLabel: 'none',
      variants: [{ label: 'L1', patch: { regularization: { kind: 'l1', lambda: 0.01 } } }],
    });
    expect(useLab.getState().runOrder).toEqual([MAIN_RUN, 'v1']);
    stepEpochs(5);
    await until(
      () => useLab.getState().runs.v1?.epoch === 5 && useLab.getState().runs[MAIN_RUN]!.epoch === 5,
    );
    const [a, b] = [
      shownPicture(frameStore.getState(), MAIN_RUN)!,
      shownPicture(frameStore.getState(), 'v1')!,
    ];
    expect(b.points).toEqual(a.points);
    expect(b.initialWeights).toEqual(a.initialWeights);
    expect(historyOf('v1').get('penalty', 5)).toBeGreaterThan(0);
    expect(historyOf(MAIN_RUN).get('penalty', 5)).toBe(0);
    editConfig(MAIN_RUN, (c) => {
      c.optimizer.learningRate = 0.02;
    });
    expect(useLab.getState().runs.v1!.config.optimizer.learningRate).toBe(0.02);
    expect(useLab.getState().runs.v1!.config.regularization.kind).toBe('l1');
    expect(currentHash()).toContain('compare=');
  });

  it('a lesson loads paused at epoch 0 with its comparison', async () => {
    startLab('');
    const config = defaultConfig();
    config.data.dataset = 'xor';
    loadLesson({
      config,
      comparison: {
        mainLabel: 'p = 1',
        variants: [{ label: 'p = 0.5', patch: { model: { dropoutKeep: 0.5 } } }],
      },
    });
    expect(useLab.getState().playback.playing).toBe(false);
    await until(() => shownPicture(frameStore.getState(), 'v1') !== undefined);
    expect(useLab.getState().runs[MAIN_RUN]!.config.data.dataset).toBe('xor');
    expect(useLab.getState().runs.v1!.config.model.dropoutKeep).toBe(0.5);
    setComparison(null);
    expect(useLab.getState().runOrder).toEqual([MAIN_RUN]);
  });
});

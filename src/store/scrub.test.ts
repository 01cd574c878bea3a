// The epoch scrubber through the store, against the real training service (in-process).
import { afterEach, describe, expect, it } from 'vitest';
import { frameStore, shownPicture } from './frameStore';
import { MAIN_RUN, useLab } from './labStore';
import { pause, resetRuns, showEpoch, showLiveEpoch, stepEpochs } from '../lab/actions';
import { setComparison, startLab } from '../lab/labConfig';
import { until } from '../../workers/testing';
import { trainInProcess } from '../testSupport/inProcessTrainer';

const service = trainInProcess();
afterEach(() => {
  pause();
  showLiveEpoch();
});

const epochOf = (id: string) => useLab.getState().runs[id]?.epoch ?? -1;

describe('the epoch scrubber in the store', () => {
  it('shows a past epoch in place of the live frame, and live again on request', async () => {
    startLab('');
    stepEpochs(40);
    await until(() => epochOf(MAIN_RUN) === 40);
    const live = shownPicture(frameStore.getState(), MAIN_RUN)!;
    showEpoch(12);
    await until(() => shownPicture(frameStore.getState(), MAIN_RUN)!.epoch === 12);
    const past = shownPicture(frameStore.getState(), MAIN_RUN)!;
    const expected = service.inspect(MAIN_RUN, 12)!;
    expect(Array.from(past.weights)).toEqual(Array.from(expected.weights));
    expect(past.points).toBe(live.points);
    // Training goes on underneath: history grows, the shown frame stays at epoch 12.
    stepEpochs(5);
    await until(() => epochOf(MAIN_RUN) === 45);
    expect(shownPicture(frameStore.getState(), MAIN_RUN)!.epoch).toBe(12);
    expect(frameStore.getState().live[MAIN_RUN]!.epoch).toBe(45);
    showLiveEpoch();
    expect(shownPicture(frameStore.getState(), MAIN_RUN)!.epoch).toBe(45);
    expect(frameStore.getState().scrubEpoch).toBeNull();
  });

  it('moves every run of a comparison to the same epoch', async () => {
    startLab('');
    setComparison({
      mainLabel: 'compare.run.none',
      variants: [{ label: 'compare.run.l1', patch: { regularization: { kind: 'l1' } } }],
    });
    stepEpochs(20);
    await until(() => epochOf(MAIN_RUN) === 20 && epochOf('v1') === 20);
    showEpoch(7);
    await until(() =>
      [MAIN_RUN, 'v1'].every((id) => shownPicture(frameStore.getState(), id)?.epoch === 7),
    );
    setComparison(null);
  });

  it('returns to live when the run starts over', async () => {
    startLab('');
    stepEpochs(10);
    await until(() => epochOf(MAIN_RUN) === 10);
    showEpoch(3);
    await until(() => shownPicture(frameStore.getState(), MAIN_RUN)!.epoch === 3);
    resetRuns();
    await until(() => frameStore.getState().scrubEpoch === null);
    expect(shownPicture(frameStore.getState(), MAIN_RUN)!.epoch).toBe(0);
  });
});

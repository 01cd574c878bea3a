// Weights over time against the weight histogram, both drawn from the real training service's
// frames (in-process): at every stored epoch the scrubber shows, the view's exactly-0 count is
// the histogram's "exactly 0" figure and the count of exact zeros in the weights shown.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../../workers/testing';
import { WeightHistogram } from '../../charts';
import { pause, showEpoch, showLiveEpoch, stepEpochs } from '../../lab/actions';
import { startLab } from '../../lab/labConfig';
import { frameStore, shownPicture } from '../../store/frameStore';
import { MAIN_RUN, useLab } from '../../store/labStore';
import { smallConfig } from '../../testSupport/trainedRun';
import { trainInProcess } from '../../testSupport/inProcessTrainer';
import WeightsOverTimeView from './WeightsOverTimeView';

async function waitFor(condition: () => boolean): Promise<void> {
  await act(() => until(condition, 20_000));
}

beforeAll(() => {
  trainInProcess();
});
afterEach(() => {
  cleanup();
  pause();
  act(() => showLiveEpoch());
});

const textOf = (id: string) => screen.queryByTestId(id)?.textContent ?? '';

describe('Weights over time', () => {
  it(
    'counts the same exact zeros as the histogram at every stored epoch',
    { timeout: 60_000 },
    async () => {
      const c = smallConfig((c) => {
        c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.01 };
        c.epochs = 1000;
      });
      act(() => startLab(`#config=${encodeURIComponent(JSON.stringify(c))}`));
      stepEpochs(30);
      await waitFor(() => useLab.getState().runs[MAIN_RUN]?.epoch === 30);
      render(
        <>
          <WeightsOverTimeView runId={MAIN_RUN} />
          <WeightHistogram runId={MAIN_RUN} />
        </>,
      );
      await waitFor(() => textOf('wot-epoch') === '30');
      const seen = new Set<number>();
      for (let e = 0; e <= 30; e++) {
        act(() => showEpoch(e));
        await waitFor(
          () =>
            textOf('wot-epoch') === String(e) &&
            shownPicture(frameStore.getState(), MAIN_RUN)?.epoch === e,
        );
        const m = /^(\d+) of (\d+) \(([\d.]+%)\)$/.exec(textOf('wot-zero'));
        expect(m, textOf('wot-zero')).not.toBeNull();
        const weights = shownPicture(frameStore.getState(), MAIN_RUN)!.weights;
        const zeros = weights.filter((w) => w === 0).length;
        expect(Number(m![1])).toBe(zeros);
        expect(Number(m![2])).toBe(weights.length);
        expect(m![3]).toBe(textOf('zero-fraction'));
        seen.add(zeros);
      }
      // L1 at work: the count climbs from none at initialization.
      expect(seen.has(0)).toBe(true);
      expect(Math.max(...seen)).toBeGreaterThan(weights(0.3));
      // The scrubbed epoch is marked on the plot.
      expect(
        within(screen.getByRole('figure', { name: 'Weights over time' })).getByText('epoch 30'),
      ).toBeTruthy();
    },
  );
});

/** A fraction of the small network's 2·8 + 8·8 + 8 = 88 weights. */
const weights = (f: number) => Math.round(88 * f);

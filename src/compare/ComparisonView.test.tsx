// The comparison UI and the epoch scrubber against the real training service (in-process).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { frameStore, shownPicture } from '../store/frameStore';
import { pause, showLiveEpoch, stepEpochs } from '../lab/actions';
import { editConfig, setComparison, startLab } from '../lab/labConfig';
import { MAIN_RUN, useLab } from '../store/labStore';
import { LossCurves } from '../charts';
import { CompareButton, ComparisonView, EpochScrubber } from './ComparisonView';
import { until } from '../../workers/testing';
import { trainInProcess } from '../testSupport/inProcessTrainer';

/** Waits in act() so React applies the store's updates. */
async function waitFor(condition: () => boolean): Promise<void> {
  await act(() => until(condition));
}

beforeAll(async () => {
  trainInProcess();
  // The side-by-side view is a chunk of its own: load it once, as the page would on first use.
  await import('./ComparisonBody');
});
afterEach(() => {
  cleanup();
  pause();
  act(() => {
    showLiveEpoch();
    setComparison(null);
  });
});

const epochOf = (id: string) => useLab.getState().runs[id]?.epoch ?? -1;

describe('the Compare menu and the side-by-side view', () => {
  it('"None vs L1 vs L2" makes three runs that differ only in the penalty', () => {
    act(() => startLab(''));
    render(<CompareButton />);
    const select = screen.getByLabelText<HTMLSelectElement>('Compare');
    expect([...select.options].map((o) => o.text)).toEqual([
      'No comparison',
      'None vs L1 vs L2',
      'None vs L1 vs L2 vs L2 + dropout',
      'p = 1 vs p = 0.5',
      'Early stopping on vs off',
      'Batch norm on vs off',
    ]);
    act(() => {
      fireEvent.change(select, { target: { value: 'regularization' } });
    });
    const s = useLab.getState();
    expect(s.runOrder).toEqual([MAIN_RUN, 'v1', 'v2']);
    const kinds = s.runOrder.map((id) => s.runs[id]!.config.regularization.kind);
    expect(kinds).toEqual(['none', 'l1', 'l2']);
    const lambdas = s.runOrder.map((id) => s.runs[id]!.config.regularization.lambda);
    expect(new Set(lambdas).size).toBe(1);
    expect(select.value).toBe('regularization');
  });

  it(
    'shows a titled panel per run and the overlay legend naming every run',
    { timeout: 20_000 },
    async () => {
      act(() => startLab(''));
      render(<CompareButton />);
      act(() => {
        fireEvent.change(screen.getByLabelText('Compare'), { target: { value: 'regularization' } });
      });
      cleanup();
      render(<ComparisonView />);
      act(() => stepEpochs(5));
      await waitFor(() => ['main', 'v1', 'v2'].every((id) => epochOf(id) === 5));
      for (const name of ['No regularization', 'L1', 'L2']) {
        expect(await screen.findByRole('heading', { name, level: 2 })).toBeTruthy();
      }
      const legend = within(screen.getByRole('list', { name: 'Runs in the overlay chart' }));
      expect(legend.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'No regularization',
        'L1',
        'L2',
      ]);
      expect(screen.getAllByTestId('zero-fraction')).toHaveLength(3);
      expect(screen.getByTestId('overlay-plot').querySelectorAll('path[data-run]')).toHaveLength(3);
      // Each panel shows its network, so L1's switched-off links can be seen beside the others.
      expect(screen.getAllByTestId('network-svg')).toHaveLength(3);
    },
  );

  it(
    "puts every panel's histogram on one x-axis with the same bin edges and one count scale",
    { timeout: 20_000 },
    async () => {
      act(() => startLab(''));
      act(() => {
        editConfig(MAIN_RUN, (c) => (c.regularization.lambda = 0.05));
        setComparison({
          mainLabel: 'compare.run.none',
          variants: [
            { label: 'compare.run.l1', patch: { regularization: { kind: 'l1' } } },
            { label: 'compare.run.l2', patch: { regularization: { kind: 'l2' } } },
          ],
        });
      });
      render(<ComparisonView />);
      act(() => stepEpochs(60));
      await waitFor(() => ['main', 'v1', 'v2'].every((id) => epochOf(id) === 60));
      await screen.findAllByTestId('weight-histogram-svg');
      const svgs = screen.getAllByTestId('weight-histogram-svg');
      expect(svgs).toHaveLength(3);
      const axis = (svg: Element, which: 0 | 1) =>
        [...svg.querySelectorAll('.chart-axis')[which]!.querySelectorAll('text')].map(
          (t) => t.textContent,
        );
      // Axes: [0] counts (left), [1] weight values (bottom).
      expect(axis(svgs[1]!, 1)).toEqual(axis(svgs[0]!, 1));
      expect(axis(svgs[2]!, 1)).toEqual(axis(svgs[0]!, 1));
      expect(axis(svgs[1]!, 0)).toEqual(axis(svgs[0]!, 0));
      expect(axis(svgs[2]!, 0)).toEqual(axis(svgs[0]!, 0));
      // The same bin edges: bars of every panel start on one grid of x positions.
      const starts = (svg: Element) =>
        [...svg.querySelectorAll('[data-testid="weight-bins"] rect')].map((r) =>
          Number(r.getAttribute('x')),
        );
      const step = (svg: Element) =>
        Number(svg.querySelector('[data-testid="weight-bins"] rect')!.getAttribute('width')) + 1;
      const all = svgs.flatMap(starts);
      const origin = Math.min(...all);
      for (const x of all) {
        const bins = (x - origin) / step(svgs[0]!);
        expect(Math.abs(bins - Math.round(bins))).toBeLessThan(1e-6);
      }
    },
  );

  it('early stopping on vs off: main stops with restore, the variant trains on', () => {
    act(() => startLab(''));
    render(<CompareButton />);
    act(() => {
      fireEvent.change(screen.getByLabelText('Compare'), { target: { value: 'earlyStopping' } });
    });
    const s = useLab.getState();
    expect(s.runs.main!.config.earlyStopping).toMatchObject({
      enabled: true,
      restoreBest: true,
      markOnly: false,
    });
    expect(s.runs.v1!.config.earlyStopping.enabled).toBe(false);
  });
});

describe('EpochScrubber', () => {
  it('drags back to an epoch, shows the badge and a line on the curves, and returns to live', async () => {
    act(() => startLab(''));
    render(
      <>
        <EpochScrubber runId={MAIN_RUN} />
        <LossCurves runId={MAIN_RUN} />
      </>,
    );
    act(() => stepEpochs(30));
    await waitFor(() => epochOf(MAIN_RUN) === 30);
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Epoch shown' });
    expect(slider.max).toBe('30');
    expect(screen.getByTestId('scrub-badge').textContent).toBe('Following training');
    act(() => {
      fireEvent.change(slider, { target: { value: '10' } });
    });
    await waitFor(() => shownPicture(frameStore.getState(), MAIN_RUN)?.epoch === 10);
    expect(screen.getByTestId('scrub-badge').textContent).toBe('Showing epoch 10');
    expect(slider.getAttribute('aria-valuetext')).toBe('epoch 10 of 30');
    expect(screen.getByTestId('shown-epoch-mark').textContent).toBe('shown: 10');
    const best = screen.getByTestId('scrub-best');
    const bestEpoch = useLab.getState().runs[MAIN_RUN]!.earlyStopping.bestEpoch!;
    act(() => best.click());
    await waitFor(() => shownPicture(frameStore.getState(), MAIN_RUN)?.epoch === bestEpoch);
    act(() => screen.getByRole('button', { name: 'Live' }).click());
    expect(screen.getByTestId('scrub-badge').textContent).toBe('Following training');
    expect(screen.queryByTestId('shown-epoch-mark')).toBeNull();
    expect(shownPicture(frameStore.getState(), MAIN_RUN)!.epoch).toBe(30);
  });

  it('Escape on the slider returns to live', async () => {
    act(() => startLab(''));
    render(<EpochScrubber runId={MAIN_RUN} />);
    act(() => stepEpochs(8));
    await waitFor(() => epochOf(MAIN_RUN) === 8);
    const slider = screen.getByRole('slider', { name: 'Epoch shown' });
    act(() => {
      fireEvent.change(slider, { target: { value: '2' } });
    });
    await waitFor(() => shownPicture(frameStore.getState(), MAIN_RUN)?.epoch === 2);
    act(() => {
      fireEvent.keyDown(slider, { key: 'Escape' });
    });
    expect(screen.getByTestId('scrub-badge').textContent).toBe('Following training');
  });
});

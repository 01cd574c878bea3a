// "Predict, then reveal" in the comparison view: four runs hidden behind A–D, the class's guesses
// and the score, against the real training service (in-process).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../../workers/testing';
import { pause } from '../../lab/actions';
import { setComparison } from '../../lab/labConfig';
import { useLab } from '../../store/labStore';
import { trainInProcess } from '../../testSupport/inProcessTrainer';
import { ComparisonView } from '../ComparisonView';
import { usePredict } from './predictStore';
import { expectLettered, expectTitles, fourRuns, LOAD, ownText } from './predictTestSupport';

beforeAll(async () => {
  trainInProcess();
  // The lazy chunk, transformed once here rather than inside a test's waiting time.
  await import('./PredictPanel');
});
afterEach(() => {
  cleanup();
  pause();
  act(() => setComparison(null));
});

async function hideLabels(): Promise<void> {
  const button = await screen.findByRole('button', { name: 'Hide labels' }, LOAD);
  act(() => button.click());
  await screen.findByRole('form', { name: 'Which run is which?' }, LOAD);
}

describe('predict, then reveal', () => {
  it(
    'hides the four runs behind A–D, takes a guess per panel, reveals and scores them',
    { timeout: 60_000 },
    async () => {
      fourRuns();
      render(<ComparisonView />);
      await screen.findByRole('button', { name: 'Hide labels' }, LOAD);
      const grid = document.querySelector<HTMLElement>('.compare-grid')!;
      // The titles say what each run differs in (runTitle.ts), in the comparison's order.
      const TITLES = within(grid).getAllByRole('heading', { level: 2 }).map(ownText);
      expect(TITLES).toHaveLength(4);
      await hideLabels();
      expectLettered(grid, TITLES);
      expect(screen.getByRole('region', { name: 'Side-by-side runs' }).className).toContain(
        'predicting',
      );

      // Guess right for A and B, swap C and D: 2 of 4.
      const order = usePredict.getState().order!;
      const truth = order.map((run) => TITLES[run]!);
      const guess = [truth[0]!, truth[1]!, truth[3]!, truth[2]!];
      const selects = ['A', 'B', 'C', 'D'].map((letter) =>
        screen.getByLabelText<HTMLSelectElement>(`Panel ${letter} is`),
      );
      // Each run is offered once: A's guess is no longer free for B.
      act(() => {
        fireEvent.change(selects[0]!, { target: { value: String(TITLES.indexOf(guess[0]!)) } });
      });
      const takenInB = [...selects[1]!.options].find((o) => o.text === guess[0]);
      expect(takenInB?.disabled).toBe(true);
      guess.slice(1).forEach((title, i) => {
        act(() => {
          fireEvent.change(selects[i + 1]!, { target: { value: String(TITLES.indexOf(title)) } });
        });
      });
      expect(selects.map((s) => s.selectedOptions[0]?.text)).toEqual(guess);

      act(() => screen.getByRole('button', { name: 'Reveal' }).click());
      expect(within(screen.getByRole('form')).getByRole('status').textContent).toBe(
        'Score: 2 of 4 guessed right.',
      );
      expect(screen.getByTestId('predict-result-A').textContent).toBe(`✓ right: ${truth[0]}`);
      expect(screen.getByTestId('predict-result-C').textContent).toBe(`✗ it is ${truth[2]}`);
      expectTitles(
        grid,
        truth.map((title, i) => `${'ABCD'[i]} · ${title}`),
      );
      const again = screen.getByRole('button', { name: 'Try again' });
      expect(document.activeElement).toBe(again);

      // Try again: a new round with no guesses (the shuffle may repeat an order by chance).
      act(() => again.click());
      expect(usePredict.getState()).toMatchObject({ guesses: [], revealed: false });
      expect(within(screen.getByRole('form')).getByRole('status').textContent).toBe('');
      expect(screen.getByLabelText<HTMLSelectElement>('Panel A is').value).toBe('');
      expect(document.activeElement).toBe(screen.getByLabelText('Panel A is'));

      // "Show labels" puts the titles back in the comparison's order.
      act(() => screen.getByRole('button', { name: 'Show labels' }).click());
      expectTitles(grid, TITLES);
      expect(screen.queryByRole('form')).toBeNull();
    },
  );

  it('H hides and shows the labels, but not while a select has the focus', async () => {
    fourRuns();
    render(<ComparisonView />);
    await screen.findByRole('button', { name: 'Hide labels' }, LOAD);
    // H is a window listener the panel's effect adds after the button is in the DOM.
    await act(async () => {});
    act(() => {
      fireEvent.keyDown(window, { key: 'h' });
    });
    await screen.findByRole('form', { name: 'Which run is which?' }, LOAD);
    expect(usePredict.getState().order).toHaveLength(4);
    act(() => {
      fireEvent.keyDown(screen.getByLabelText('Panel A is'), { key: 'h' });
    });
    expect(usePredict.getState().order).not.toBeNull();
    act(() => {
      fireEvent.keyDown(window, { key: 'H' });
    });
    expect(usePredict.getState().order).toBeNull();
    expect(useLab.getState().runOrder).toHaveLength(4);
  });

  it('a new comparison starts with its labels shown', async () => {
    fourRuns();
    render(<ComparisonView />);
    await hideLabels();
    act(() => setComparison(null));
    await act(() => until(() => usePredict.getState().order === null));
  });
});

// "Predict, then reveal" in presentation mode, against the real training service (in-process): H
// letters the panels and shows the guessing form with the lesson's controls, the caption stops
// giving the answer away, a clicker's "next" reveals before it moves to the next lesson, and the
// next lesson starts with its labels shown.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { usePredict } from '../compare/predict/predictStore';
import {
  expectLettered,
  expectTitles,
  fourRuns,
  LOAD,
  ownText,
} from '../compare/predict/predictTestSupport';
import { pause } from '../lab/actions';
import { setComparison } from '../lab/labConfig';
import { loadCatalog, useLessonStore } from '../lesson/lessonStore';
import { trainInProcess } from '../testSupport/inProcessTrainer';
import { usePresentation } from './presentationStore';
import PresentationView from './PresentationView';

beforeAll(async () => {
  trainInProcess();
  await loadCatalog();
  await import('../compare/predict/PredictPanel');
});
afterEach(() => {
  cleanup();
  pause();
  act(() => setComparison(null));
});

const press = (key: string) =>
  act(() => {
    fireEvent.keyDown(document.body, { key });
  });

describe('predict, then reveal in presentation mode', () => {
  it('H hides the labels, "next" reveals them, and "next" again moves on', async () => {
    usePresentation.setState({ presenting: true, legendOpen: false, blank: false });
    useLessonStore.setState({ lesson: null });
    fourRuns();
    render(<PresentationView />);
    const controls = screen.getByRole('region', { name: 'Controls for this lesson' });
    await within(controls).findByRole('button', { name: 'Hide labels' }, LOAD);
    // The button is in the DOM before the panel's effects ran, and H is a window listener one of
    // them adds: on a busy machine a key pressed at once went unheard and the form never came.
    await act(async () => {});
    const runs = document.querySelector<HTMLElement>('.pres-runs')!;
    const TITLES = within(runs).getAllByRole('heading', { level: 2 }).map(ownText);
    expect(TITLES).toHaveLength(4);

    press('h');
    const form = await within(controls).findByRole('form', { name: 'Which run is which?' }, LOAD);
    expectLettered(runs, TITLES);
    expect(runs.className).toContain('predicting');

    // The class called out B's run; the clicker's "next" reveals instead of changing the lesson.
    const order = usePredict.getState().order!;
    act(() => {
      fireEvent.change(within(form).getByLabelText('Panel B is'), {
        target: { value: String(order[1]) },
      });
    });
    press('PageDown');
    expect(useLessonStore.getState().lesson).toBeNull();
    expect(within(form).getByRole('status').textContent).toBe('Score: 1 of 4 guessed right.');
    expect(runs.className).not.toContain('predicting');
    expectTitles(
      runs,
      order.map((run, i) => `${'ABCD'[i]} · ${TITLES[run]}`),
    );

    // Revealed: "next" is the next lesson again, and it starts with its labels shown.
    press('PageDown');
    expect(useLessonStore.getState().lesson?.id).toBe('overfitting');
    expect(usePredict.getState().order).toBeNull();
  }, 60_000);
});

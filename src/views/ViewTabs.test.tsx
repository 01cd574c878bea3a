// The view tab bar against the real training service (in-process): a tab per view, each view
// loaded on demand with the worker's numbers, a lesson naming a view opening its tab.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../workers/testing';
import { pause, stepEpochs } from '../lab/actions';
import { startLab } from '../lab/labConfig';
import { LESSONS } from '../lesson/catalog';
import { useLessonStore } from '../lesson/lessonStore';
import { MAIN_RUN, useLab } from '../store/labStore';
import { trainInProcess } from '../testSupport/inProcessTrainer';
import ViewTabs from './ViewTabs';

async function waitFor(condition: () => boolean): Promise<void> {
  await act(() => until(condition, 20_000));
}

beforeAll(() => {
  trainInProcess();
});
afterEach(() => {
  cleanup();
  pause();
});

const selected = () => screen.getByRole('tab', { selected: true }).textContent;

describe('the view tabs', () => {
  it(
    'open each view on demand with the running model’s numbers, and close it again',
    { timeout: 60_000 },
    async () => {
      act(() => startLab(''));
      stepEpochs(5);
      await waitFor(() => useLab.getState().runs[MAIN_RUN]?.epoch === 5);
      render(<ViewTabs runId={MAIN_RUN} />);
      expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
        'Lab',
        'Geometry',
        'Dropout ensemble',
        'Batch norm',
        'Weights over time',
        'Sweep',
      ]);
      expect(screen.queryByRole('tabpanel')).toBeNull();
      fireEvent.click(screen.getByRole('tab', { name: 'Geometry' }));
      await screen.findByTestId('geometry-a', {}, { timeout: 20_000 });
      expect(screen.getByRole('tabpanel')).toBeTruthy();
      expect(
        screen.getByRole('heading', { name: 'Geometry: why L1 gives exact zeros' }),
      ).toBeTruthy();
      fireEvent.click(screen.getByRole('tab', { name: 'Batch norm' }));
      // The default lab has no batch norm: the view says what to change.
      await screen.findByTestId('view-problem', {}, { timeout: 20_000 });
      expect(screen.getByTestId('view-problem').textContent).toMatch(/turn on batch norm/);
      fireEvent.click(screen.getByRole('tab', { name: 'Sweep' }));
      await screen.findByRole('region', { name: 'Sweep λ and p' }, { timeout: 20_000 });
      fireEvent.click(screen.getByRole('tab', { name: 'Lab' }));
      expect(screen.queryByRole('tabpanel')).toBeNull();
    },
  );

  it('opens the view a lesson names when the lesson loads', () => {
    const lesson = { ...LESSONS[0]!, view: 'dropout-ensemble' as const };
    try {
      act(() => useLessonStore.setState({ lesson: null }));
      render(<ViewTabs runId={MAIN_RUN} />);
      expect(selected()).toBe('Lab');
      act(() => useLessonStore.setState({ lesson }));
      expect(selected()).toBe('Dropout ensemble');
      // The student may go back to the charts; the lesson does not pull them away again.
      fireEvent.click(screen.getByRole('tab', { name: 'Lab' }));
      expect(selected()).toBe('Lab');
    } finally {
      act(() => useLessonStore.setState({ lesson: null }));
    }
  });
});

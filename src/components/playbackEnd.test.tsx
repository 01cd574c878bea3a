// When training ends by itself (early stopping, the epoch budget), against the real training
// service in-process: the button reads Play again, no stale speed is shown, the readout keeps its
// numbers, and Play then does what a student means by it.
import {
  act,
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor as settled,
  within,
} from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LossCurves } from '../charts';
import { pause, setSpeed } from '../lab/actions';
import { editConfig, setComparison, startLab } from '../lab/labConfig';
import { MAIN_RUN, useLab } from '../store/labStore';
import { trainInProcess } from '../testSupport/inProcessTrainer';
import { PlaybackBar } from './PlaybackBar';
import { RunStatusBanner } from './RunStatusBanner';

/**
 * Polls the store with React's act environment off (testing-library's waitFor), so updates render
 * as in the page. Not inside act(): act() returns only once React's queue is empty, and a run that
 * trains on refills it faster than jsdom renders; that held a test for up to a minute after its
 * condition held.
 */
async function waitFor(condition: () => boolean): Promise<void> {
  await settled(() => expect(condition()).toBe(true), { timeout: 30_000, interval: 5 });
}

const run = (id = MAIN_RUN) => useLab.getState().runs[id]!;

beforeAll(() => {
  trainInProcess();
});
afterEach(() => {
  cleanup();
  pause();
  setSpeed(null);
  act(() => setComparison(null));
});

function lab() {
  return render(
    <>
      <PlaybackBar />
      <RunStatusBanner runId={MAIN_RUN} />
      <LossCurves runId={MAIN_RUN} />
    </>,
  );
}

describe('when training ends by itself', () => {
  it(
    'early stopping: Play again, no stale speed or dashes; Play says why, Keep training trains on',
    { timeout: 60_000 },
    async () => {
      act(() => {
        startLab('');
        editConfig(MAIN_RUN, (c) => {
          c.epochs = 100_000;
          c.earlyStopping = { ...c.earlyStopping, enabled: true, patience: 20, markOnly: false };
        });
      });
      lab();
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      await waitFor(() => run().status === 'stopped' && !useLab.getState().playback.playing);
      expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
      expect(screen.getByTestId('speed-readout').textContent).toBe('');
      expect((await screen.findByTestId('loss-readout')).textContent).not.toContain('—');
      const stop = run().earlyStopping.stoppedEpoch!;

      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      expect(useLab.getState().playback.playing).toBe(false);
      expect((await screen.findByTestId('play-refused')).textContent).toMatch(
        /^Play has nothing to train: early stopping ended training/,
      );
      // Paced, so the test sees the run training on rather than already at its budget.
      act(() => setSpeed(200));
      fireEvent.click(screen.getByRole('button', { name: 'Keep training (mark the stop only)' }));
      expect(run().config.earlyStopping.markOnly).toBe(true);
      await waitFor(() => run().epoch > stop + 20);
      expect(screen.queryByTestId('play-refused')).toBeNull();
      expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    },
  );

  it('the epoch budget: Play trains on for as many epochs again', { timeout: 60_000 }, async () => {
    act(() => {
      startLab('');
      editConfig(MAIN_RUN, (c) => void (c.epochs = 40));
    });
    lab();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => run().status === 'done' && !useLab.getState().playback.playing);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(
      (await within(document.querySelector<HTMLElement>('.rl-run-status')!).findByRole('status'))
        .textContent,
    ).toMatch(/budget of 40 epochs is used up/);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => run().epoch === 80 && run().status === 'done');
    expect(run().config.epochs).toBe(80);
  });

  it(
    'side by side: a run that stopped early is named, and the others train on',
    { timeout: 60_000 },
    async () => {
      act(() => {
        startLab('');
        editConfig(MAIN_RUN, (c) => {
          c.epochs = 100_000;
          c.earlyStopping = { ...c.earlyStopping, enabled: true, patience: 20, markOnly: false };
        });
        setComparison({
          mainLabel: '',
          variants: [{ label: '', patch: { earlyStopping: { enabled: false } } }],
        });
      });
      lab();
      // Paced: as fast as possible, the other run could use up its whole budget (100,000 epochs
      // with the WebAssembly kernels) before a loaded machine polls, and end too.
      act(() => setSpeed(400));
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      await waitFor(() => run().status === 'stopped' && run('v1').epoch > run().epoch + 50);
      const banner = document.querySelector<HTMLElement>('.rl-run-status')!;
      // One status per run that has something to say; the main run's names it and the others.
      const statuses = (await within(banner).findAllByRole('status')).map((s) => s.textContent);
      const main = statuses.filter((s) => s?.startsWith('Main run: '));
      const runs = JSON.stringify(
        Object.entries(useLab.getState().runs).map(([id, r]) => [id, r.status, r.epoch]),
      );
      expect(main, `${statuses.join(' | ')} ${runs}`).toHaveLength(1);
      expect(main[0]).toMatch(/^Main run: Early stopping ended training at epoch \d+/);
      expect(main[0], runs).toMatch(/The other runs train on\.$/);
      expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
      expect(Number(screen.getByTestId('epoch-counter').textContent)).toBeGreaterThan(
        run().earlyStopping.stoppedEpoch!,
      );
    },
  );
});

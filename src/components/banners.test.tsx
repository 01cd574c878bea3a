import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { pause, play } from '../lab/actions';
import { useLab } from '../store/labStore';
import { trainInProcess } from '../testSupport/inProcessTrainer';
import { NoticeBanner } from './NoticeBanner';
import { RunStatusBanner } from './RunStatusBanner';
import { mainConfig, setMainConfig, setMainRun } from './testLab';

describe('RunStatusBanner', () => {
  it('shows nothing while a run trains normally', () => {
    const { container } = render(<RunStatusBanner runId="main" />);
    expect(container.textContent).toBe('');
  });

  it('says when and why a run diverged, and one click finds a learning rate that trains on', async () => {
    const service = trainInProcess();
    // L2 with λ = 10 under SGD needs λ·lr below 2: lr 0.3 (ten times lower) diverges too.
    setMainConfig((c) => {
      c.optimizer = { kind: 'sgd', learningRate: 3, batchSize: 10 };
      c.regularization = { ...c.regularization, kind: 'l2', lambda: 10 };
    });
    service.createRun('main', mainConfig());
    render(<RunStatusBanner runId="main" />);
    // The run really diverges (the worker's frames set the status), and pauses playback.
    play();
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    const at = useLab.getState().runs.main!.divergedEpoch;
    expect(useLab.getState().runs.main!.status).toBe('diverged');
    expect(alert.textContent).toMatch(
      new RegExp(`diverged at epoch ${at}: the loss became NaN or ∞`),
    );
    expect(alert.textContent).toMatch(/learning rate \(3\) is probably too large/);
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset with a lower learning rate' }));
    await waitFor(() => expect(mainConfig().optimizer.learningRate).toBe(0.03));
    expect(useLab.getState().playback.playing).toBe(true);
    // The run starts over and trains: the banner goes.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    pause();
  });

  it('names the best and the stop epoch when early stopping ended a run', async () => {
    setMainRun({
      status: 'stopped',
      earlyStopping: { bestEpoch: 140, bestValLoss: 0.31, stoppedEpoch: 190, restored: true },
    });
    render(<RunStatusBanner runId="main" />);
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/ended training at epoch 190/);
    expect(status.textContent).toMatch(/last improved at epoch 140/);
    expect(status.textContent).toMatch(/weights of epoch 140 were restored/);
    expect(status.textContent).toMatch(/Mark only \(keep training\)/);
  });

  it('does not re-render its message for frames that change only the epoch', async () => {
    setMainConfig((c) => void (c.earlyStopping.markOnly = true));
    setMainRun({
      status: 'running',
      earlyStopping: { bestEpoch: 140, bestValLoss: 0.31, stoppedEpoch: 190, restored: false },
    });
    let commits = 0;
    render(
      <Profiler id="status" onRender={() => void commits++}>
        <RunStatusBanner runId="main" />
      </Profiler>,
    );
    expect((await screen.findByRole('status')).textContent).toMatch(
      /would have stopped at epoch 190/,
    );
    const before = commits;
    for (let epoch = 191; epoch < 201; epoch++) setMainRun({ epoch });
    expect(commits).toBe(before);
    // What the message shows still updates it.
    setMainRun({
      earlyStopping: { bestEpoch: 150, bestValLoss: 0.3, stoppedEpoch: 210, restored: false },
    });
    await act(async () => {});
    expect(screen.getByRole('status').textContent).toMatch(/would have stopped at epoch 210/);
  });

  it("shows the worker's reason when it refused a setting", async () => {
    setMainRun({
      problem: { message: 'model.hidden[0] must be 1 to 32.', key: 'model.hidden[0]' },
    });
    render(<RunStatusBanner runId="main" />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This setting could not be applied: model.hidden[0] must be 1 to 32.',
    );
  });
});

describe('NoticeBanner', () => {
  it('shows a refused value politely, with the detail, until dismissed', async () => {
    useLab.setState({
      notice: { kind: 'config-rejected', detail: 'data.split.val must be above 0.' },
    });
    render(<NoticeBanner />);
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/That value was not applied\./);
    expect(status.textContent).toMatch(/data\.split\.val must be above 0\./);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(useLab.getState().notice).toBeNull();
    expect((await screen.findByRole('status')).textContent).toBe('');
  });

  it('makes failures an alert', async () => {
    useLab.setState({ notice: { kind: 'worker-failed', detail: 'failed: out of memory' } });
    render(<NoticeBanner />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/keeps failing/);
  });

  it('words every notice as sentences: no error class prefix, no doubled full stop', () => {
    const kinds = [
      'link-malformed',
      'link-invalid',
      'link-warnings',
      'worker-restarted',
      'worker-failed',
      'config-rejected',
      'import-warnings',
      'recovery-failed',
      'update-ready',
    ] as const;
    for (const kind of kinds) {
      useLab.setState({ notice: { kind, detail: 'Unknown key colour was ignored.' } });
      const { container, unmount } = render(<NoticeBanner />);
      const text = container.querySelector('p')!.textContent;
      expect(text, kind).toMatch(/^[^a-z]/);
      expect(text, kind).not.toMatch(/ConfigError|Error:|\.\s*\./);
      unmount();
    }
  });

  it('names the keys a file left out politely, and offers a reload for a new version', () => {
    useLab.setState({
      notice: { kind: 'import-warnings', detail: 'Unknown key model.hiden was ignored.' },
    });
    const { unmount } = render(<NoticeBanner />);
    expect(screen.getByRole('status').textContent).toMatch(/left out:.*model\.hiden/);
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();
    useLab.setState({ notice: { kind: 'update-ready', detail: '' } });
    render(<NoticeBanner />);
    expect(screen.getByRole('status').textContent).toMatch(/new version of RegLab is ready/);
    expect(screen.getByRole('button', { name: 'Reload now' })).toBeTruthy();
  });
});

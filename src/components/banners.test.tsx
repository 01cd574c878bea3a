import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLab } from '../store/labStore';
import { NoticeBanner } from './NoticeBanner';
import { RunStatusBanner } from './RunStatusBanner';
import { mainConfig, setMainConfig, setMainRun } from './testLab';

describe('RunStatusBanner', () => {
  it('shows nothing while a run trains normally', () => {
    const { container } = render(<RunStatusBanner runId="main" />);
    expect(container.textContent).toBe('');
  });

  it('says when and why a run diverged, and lowers the learning rate 10× in one click', async () => {
    setMainConfig((c) => void (c.optimizer.learningRate = 3));
    setMainRun({ status: 'diverged', divergedEpoch: 12, epoch: 12 });
    render(<RunStatusBanner runId="main" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/diverged at epoch 12: the loss became NaN or ∞/);
    expect(alert.textContent).toMatch(/learning rate \(3\) is probably too large/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset with a lower learning rate' }));
    expect(mainConfig().optimizer.learningRate).toBe(0.3);
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
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
});

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../workers/contract';
import { historyOf } from '../store/histories';
import { newRunState, useLab } from '../store/labStore';
import { LossCurves } from './LossCurves';
import { smallConfig, trainedRun } from '../testSupport/trainedRun';
import { DEFAULT_WIDTH } from './useContainerWidth';

/** The legend, readout and early-stopping marks are a lazy chunk (lossChartParts): let it load. */
const loaded = () =>
  act(async () => {
    await import('./lossChartParts');
  });

afterEach(cleanup);

const yTickLabels = () =>
  [...screen.getByTestId('loss-plot').querySelectorAll('.chart-axis')][0]!.querySelectorAll('text');
const labels = () => [...yTickLabels()].map((t) => t.textContent).slice(0, -1);

function setEarlyStopping(id: string, bestEpoch: number | null, stoppedEpoch: number | null) {
  act(() =>
    useLab.setState((s) => ({
      runs: {
        ...s.runs,
        [id]: {
          ...s.runs[id]!,
          earlyStopping: { bestEpoch, bestValLoss: 0.01, stoppedEpoch, restored: false },
        },
      },
    })),
  );
}

/** A run whose curves the test writes: per epoch, training and validation loss. */
function syntheticRun(
  id: string,
  epochs: number,
  train: (e: number) => number,
  val: (e: number) => number,
  edit?: (c: ReturnType<typeof smallConfig>) => void,
) {
  const records: HistoryRecord[] = [];
  let best = 0;
  for (let e = 0; e < epochs; e++) {
    if (val(e) < val(best)) best = e;
    records.push({
      epoch: e,
      trainLoss: train(e),
      valLoss: val(e),
      testLoss: null,
      trainAcc: 0.9,
      valAcc: 0.8,
      testAcc: null,
      penalty: 0,
      zeroFraction: 0,
      l1Norm: 1,
      l2Norm: 1,
    });
  }
  act(() => {
    useLab.setState((s) => ({
      runs: {
        ...s.runs,
        [id]: {
          ...newRunState(smallConfig(edit)),
          earlyStopping: {
            bestEpoch: best,
            bestValLoss: val(best),
            stoppedEpoch: null,
            restored: false,
          },
        },
      },
    }));
    historyOf(id).clear();
    historyOf(id).append(records, 0);
  });
}

/** The boxes of the marks' labels and the drawn curves' points, in the plot's pixels. */
function labelsClearOfCurves(plot: HTMLElement): void {
  const width = Number(plot.querySelector('svg')!.getAttribute('width'));
  const points = [...plot.querySelectorAll('path[data-series]')].flatMap((p) =>
    [...p.getAttribute('d')!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]),
  );
  const labels = [...plot.querySelectorAll('.es-marks text')];
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    const x = Number(label.getAttribute('x'));
    const top = Number(label.getAttribute('y')) - 10;
    const w = label.textContent.length * 6.4;
    const [x0, x1] = label.getAttribute('text-anchor') === 'end' ? [x - w, x] : [x, x + w];
    expect(x0, label.textContent).toBeGreaterThanOrEqual(0);
    expect(x1, label.textContent).toBeLessThanOrEqual(width);
    expect(top).toBeGreaterThanOrEqual(0);
    const hit = points.find(([px, py]) => px! >= x0 && px! <= x1 && py! >= top && py! <= top + 13);
    expect(hit, `${label.textContent} over a curve point`).toBeUndefined();
  }
}

describe('the overfitting region', () => {
  it('is shaded when validation loss has risen and stayed up while training loss falls', async () => {
    syntheticRun(
      'over-rise',
      500,
      (e) => 0.7 * Math.exp(-e / 60) + 0.02,
      (e) => (e <= 40 ? 0.7 - 0.25 * (e / 40) : 0.45 + 0.004 * (e - 40)),
    );
    render(<LossCurves runId="over-rise" />);
    await loaded();
    const region = screen.getByTestId('es-overfitting');
    expect(region.querySelector('title')!.textContent).toBe(
      'overfitting: validation loss over 10 % (or min delta) above its best for the last 50 epochs while training loss falls',
    );
    expect(screen.getByTestId('overfitting-key').textContent).toMatch(/^overfitting: validation/);
    labelsClearOfCurves(screen.getByTestId('loss-plot'));
  });

  it('is not shaded on a flat curve, nor on an underfitting one', async () => {
    syntheticRun(
      'over-flat',
      800,
      () => 0.5,
      (e) => 0.6 + (e === 30 ? -0.01 : 0.00001 * e),
    );
    const { unmount } = render(<LossCurves runId="over-flat" />);
    await loaded();
    expect(screen.getByTestId('es-best-marker')).toBeTruthy();
    expect(screen.queryByTestId('es-overfitting')).toBeNull();
    expect(screen.queryByTestId('overfitting-key')).toBeNull();
    unmount();
    // λ turned up at epoch 100: both losses climb to a plateau, the model underfits.
    const up = (e: number) => (e < 100 ? 0.6 - 0.001 * e : 0.5 + 0.2 * Math.min(1, (e - 100) / 50));
    syntheticRun('over-under', 600, (e) => up(e) - 0.02, up);
    render(<LossCurves runId="over-under" />);
    await loaded();
    expect(screen.queryByTestId('es-overfitting')).toBeNull();
  });

  it('keeps the labels inside the plot and off the curves when a curve crosses the top', async () => {
    // Validation starts near the top of the axis where the labels would go by default.
    syntheticRun(
      'over-top',
      300,
      (e) => 2 * Math.exp(-e / 30) + 0.05,
      (e) => (e <= 20 ? 2 - 1.5 * (e / 20) : 0.5 + 0.01 * (e - 20)),
      (c) =>
        (c.earlyStopping = { ...c.earlyStopping, enabled: true, markOnly: true, patience: 30 }),
    );
    render(<LossCurves runId="over-top" />);
    await loaded();
    expect(screen.getByTestId('es-overfitting')).toBeTruthy();
    labelsClearOfCurves(screen.getByTestId('loss-plot'));
  });
});

describe('LossCurves', () => {
  it('reads the loss of the last measured epoch when a fast run stopped between measurements', async () => {
    // At full speed training loss is measured every few epochs; early stopping can end the run
    // on an epoch between two measurements, and the readout must not show dashes then.
    syntheticRun(
      'loss-sampled',
      203,
      (e) => (e % 8 === 0 ? 1 / (1 + e / 50) : NaN),
      (e) => 0.6 - 0.0001 * e,
    );
    render(<LossCurves runId="loss-sampled" />);
    await loaded();
    const readout = screen.getByTestId('loss-readout').textContent;
    expect(readout).toMatch(/^Latest \(epoch 200\) · training data loss 0\.2 ·/);
    expect(readout).not.toContain('—');
  });

  it('draws training and validation loss and the penalty with its formula', async () => {
    const c = smallConfig(
      (c) => (c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.01 }),
    );
    trainedRun('loss-l2', c, 20);
    render(<LossCurves runId="loss-l2" />);
    await loaded();
    const plot = screen.getByTestId('loss-plot');
    for (const s of ['trainLoss', 'valLoss', 'penalty']) {
      expect(plot.querySelector(`[data-series="${s}"]`)!.getAttribute('d')).toMatch(
        /^M[\d.]+,[\d.]+L/,
      );
    }
    expect(screen.getByText('penalty (λ/2)·Σw² (L2, λ = 0.01)')).toBeTruthy();
    expect(screen.getByTestId('total-loss').textContent).toMatch(
      /^total [\d.]+ = data [\d.]+ \+ penalty [\d.]+$/,
    );
  });

  it('reads the values at an epoch with the arrow keys, total = data + penalty', async () => {
    const c = smallConfig(
      (c) => (c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.003 }),
    );
    trainedRun('loss-keys', c, 12);
    render(<LossCurves runId="loss-keys" />);
    await loaded();
    const plot = screen.getByTestId('loss-plot');
    plot.focus();
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(screen.getByTestId('loss-readout').textContent).toMatch(/^Epoch 11 ·/);
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(screen.getByTestId('loss-readout').textContent).toMatch(/^Epoch 0 ·/);
    const h = historyOf('loss-keys');
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    const [total, data, penalty] = screen
      .getByTestId('total-loss')
      .textContent.match(/[\d.]+(e-?\d+)?/g)!
      .map(Number);
    expect(data).toBeCloseTo(h.get('trainLoss', 1), 2);
    expect(penalty).toBeCloseTo(h.get('penalty', 1), 4);
    expect(total).toBeCloseTo(data! + penalty!, 2);
    expect(screen.getByTestId('hover-rule')).toBeTruthy();
    fireEvent.keyDown(plot, { key: 'Escape' });
    expect(screen.getByTestId('loss-readout').textContent).toMatch(/^Latest \(epoch 12\)/);
  });

  it('changes the tick labels when the loss goes to a log scale', async () => {
    trainedRun('loss-log', smallConfig(), 15);
    render(<LossCurves runId="loss-log" />);
    await loaded();
    const linear = labels();
    expect(linear[0]).toBe('0');
    fireEvent.click(screen.getByLabelText('Log scale'));
    const log = labels();
    expect(log).not.toEqual(linear);
    expect(log).not.toContain('0');
    expect(screen.getByText('loss (log scale)')).toBeTruthy();
  });

  it('shows accuracy on its own tab, with percentages', async () => {
    trainedRun('loss-acc', smallConfig(), 5);
    render(<LossCurves runId="loss-acc" />);
    await loaded();
    fireEvent.click(screen.getByRole('tab', { name: 'Accuracy' }));
    expect(screen.getByRole('tab', { name: 'Accuracy' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(labels()).toContain('100%');
    expect(screen.getByTestId('loss-plot').querySelector('[data-series="valAcc"]')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Log scale').disabled).toBe(true);
  });

  it('marks the best epoch, the patience window and the stop of a real early-stopped run', async () => {
    const c = smallConfig((c) => {
      c.data = { ...c.data, samples: 120, noise: 0.5, labelNoise: 0.15 };
      c.model = { ...c.model, hidden: [16, 16] };
      c.optimizer = { ...c.optimizer, learningRate: 0.03 };
      c.earlyStopping = { ...c.earlyStopping, enabled: true, patience: 10 };
    });
    const run = trainedRun('loss-es', c, 300);
    const es = run.trainer.earlyStoppingState();
    expect(es.stoppedEpoch).not.toBeNull();
    render(<LossCurves runId="loss-es" />);
    await loaded();
    expect(screen.getByTestId('es-best-marker').textContent).toBe(
      `best validation: epoch ${es.bestEpoch}`,
    );
    expect(screen.getByTestId('es-stop-marker').textContent).toBe(
      `stopped: epoch ${es.stoppedEpoch}`,
    );
    expect(screen.getByTestId('es-patience').textContent).toBe('patience 10');
  });

  it('shows the stop marker only once the run has a stop epoch', async () => {
    trainedRun('loss-marks', smallConfig(), 10);
    render(<LossCurves runId="loss-marks" />);
    await loaded();
    setEarlyStopping('loss-marks', 6, null);
    expect(screen.getByTestId('es-best-marker')).toBeTruthy();
    expect(screen.queryByTestId('es-stop-marker')).toBeNull();
    setEarlyStopping('loss-marks', 6, 9);
    expect(screen.getByTestId('es-stop-marker').textContent).toBe('stopped: epoch 9');
  });

  it('draws a long history with at most two points per pixel column', async () => {
    const id = 'loss-long';
    act(() => useLab.setState((s) => ({ runs: { ...s.runs, [id]: newRunState(smallConfig()) } })));
    const n = 300_001;
    const records: HistoryRecord[] = [];
    for (let i = 0; i < n; i++) {
      const loss = 1 / (1 + i / 1000) + (i === 150_000 ? 5 : 0);
      records.push({
        epoch: i,
        trainLoss: loss,
        valLoss: loss * 1.1,
        testLoss: null,
        trainAcc: 0.9,
        valAcc: 0.8,
        testAcc: null,
        penalty: 0,
        zeroFraction: 0,
        l1Norm: 1,
        l2Norm: 1,
      });
    }
    historyOf(id).clear();
    historyOf(id).append(records, 0);
    render(<LossCurves runId={id} />);
    await loaded();
    const d = screen
      .getByTestId('loss-plot')
      .querySelector('[data-series="trainLoss"]')!
      .getAttribute('d')!;
    const points = d.match(/[ML]/g)!.length;
    expect(points).toBeLessThanOrEqual(2 * DEFAULT_WIDTH);
    expect(points).toBeGreaterThan(DEFAULT_WIDTH / 2);
    // The spike at epoch 150,000 survives decimation and sets the top of the axis.
    expect(labels().at(-1)).toBe('6');
    expect(screen.getByTestId('loss-readout').textContent).toMatch(/^Latest \(epoch 300000\)/);
    // Past 1,000 epochs the epoch axis is logarithmic by itself: ticks at powers of ten.
    const logEpochs = screen.getByLabelText<HTMLInputElement>('Log epoch axis');
    expect(logEpochs.checked).toBe(true);
    expect(screen.getByTestId('loss-plot').textContent).toContain('100,000');
    expect(screen.getByText('epoch (log scale)')).toBeTruthy();
    fireEvent.click(logEpochs);
    expect(logEpochs.checked).toBe(false);
    expect(screen.getByTestId('loss-plot').textContent).toContain('250,000');
  });
});

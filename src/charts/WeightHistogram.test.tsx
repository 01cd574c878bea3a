import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallConfig, trainedRun } from '../testSupport/trainedRun';
import { WeightHistogram } from './WeightHistogram';

afterEach(cleanup);

const percentOf = (text: string | null) => parseFloat(text ?? 'NaN');

describe('WeightHistogram', () => {
  it('shows L1 sending most weights to exactly zero as its own bar', () => {
    const c = smallConfig(
      (c) => (c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.01 }),
    );
    const run = trainedRun('hist-l1', c, 30);
    render(<WeightHistogram runId="hist-l1" />);
    const zeros = [...run.trainer.weights()].filter((w) => w === 0).length;
    expect(zeros / run.trainer.weights().length).toBeGreaterThan(0.5);
    expect(percentOf(screen.getByTestId('zero-fraction').textContent)).toBeCloseTo(
      (100 * zeros) / run.trainer.weights().length,
      1,
    );
    expect(screen.getByTestId('zero-fraction').textContent).toMatch(/^\d+\.\d%$/);
    const bar = within(screen.getByTestId('zero-bar'));
    expect(bar.getByText(/exactly 0: \d+\.\d%/)).toBeTruthy();
  });

  it('shows L2 shrinking weights without a single exact zero', () => {
    const c = smallConfig(
      (c) => (c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.01 }),
    );
    const run = trainedRun('hist-l2', c, 30);
    render(<WeightHistogram runId="hist-l2" />);
    expect(screen.getByTestId('zero-fraction').textContent).toBe('0.0%');
    expect(screen.queryByTestId('zero-bar')).toBeNull();
    const w = run.trainer.weights();
    const norm = Math.sqrt(w.reduce((s, v) => s + v * v, 0));
    expect(parseFloat(screen.getByTestId('l2-norm').textContent)).toBeCloseTo(norm, 2);
    // The bars and the initial outline are both drawn.
    expect(screen.getByTestId('weight-bins').querySelectorAll('rect').length).toBeGreaterThan(3);
    expect(screen.getByTestId('initial-outline').getAttribute('d')).toMatch(/^M.*V.*H/);
  });

  it('slices one layer out of the weights by the widths', () => {
    trainedRun('hist-layer', smallConfig(), 2);
    render(<WeightHistogram runId="hist-layer" />);
    const select = screen.getByLabelText<HTMLSelectElement>('Layer');
    expect([...select.options].map((o) => o.text)).toEqual([
      'All layers',
      'Layer 1 (x → h1)',
      'Layer 2 (h1 → h2)',
      'Layer 3 (h2 → out)',
    ]);
    const total = () => screen.getByText('weights').nextElementSibling!.textContent;
    expect(total()).toBe(String(2 * 8 + 8 * 8 + 8));
    fireEvent.change(select, { target: { value: '0' } });
    expect(total()).toBe('16');
    fireEvent.change(select, { target: { value: '2' } });
    expect(total()).toBe('8');
  });

  it('keeps its bins fixed from frame to frame, and switches to log counts', () => {
    const run = trainedRun('hist-stable', smallConfig(), 1);
    render(<WeightHistogram runId="hist-stable" />);
    const edgeTicks = () =>
      [...screen.getByTestId('weight-histogram-svg').querySelectorAll('.chart-axis')].at(-1)!
        .textContent;
    const before = edgeTicks();
    act(() => run.step(5));
    expect(edgeTicks()).toBe(before);
    const yTicks = () =>
      [
        ...screen.getByTestId('weight-histogram-svg').querySelectorAll('.chart-axis'),
      ][0]!.querySelectorAll('text');
    const labels = () => [...yTicks()].slice(0, -1).map((t) => t.textContent);
    const linear = labels();
    expect(linear[0]).toBe('0');
    fireEvent.click(screen.getByLabelText('Log counts'));
    expect(labels()).not.toEqual(linear);
    expect(labels()).not.toContain('0');
    expect(labels().every((l) => /^10*$/.test(l))).toBe(true);
  });
});

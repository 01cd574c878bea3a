import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkDiagram } from './NetworkDiagram';
import { smallConfig, trainedRun } from '../testSupport/trainedRun';

afterEach(cleanup);

describe('NetworkDiagram', () => {
  it('draws one link per weight, labels the inputs, and dashes the exact zeros of L1', () => {
    const c = smallConfig((c) => {
      c.features = ['x1', 'x2', 'x1^2'];
      c.model = { ...c.model, hidden: [4] };
      c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.02 };
    });
    const run = trainedRun('net-l1', c, 30);
    render(<NetworkDiagram runId="net-l1" />);
    const svg = screen.getByTestId('network-svg');
    expect(svg.querySelectorAll('line')).toHaveLength(3 * 4 + 4 * 1);
    expect(svg.querySelectorAll('circle')).toHaveLength(3 + 4 + 1);
    for (const name of ['x1', 'x2', 'x1^2']) expect(screen.getByText(name)).toBeTruthy();
    const zeros = [...run.trainer.weights()].filter((w) => w === 0).length;
    expect(zeros).toBeGreaterThan(0);
    expect(svg.querySelectorAll('line[data-dead]')).toHaveLength(zeros);
  });

  it('steps aside for a network too large to draw', () => {
    const c = smallConfig((c) => (c.model = { ...c.model, hidden: [32, 32] }));
    trainedRun('net-big', c, 1);
    render(<NetworkDiagram runId="net-big" />);
    expect(screen.queryByTestId('network-svg')).toBeNull();
    expect(screen.getByTestId('network-too-large').textContent).toMatch(/too large/);
  });
});

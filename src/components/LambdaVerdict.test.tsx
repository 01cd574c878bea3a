// The far end of the λ slider, read from real runs: the message appears only when the run's own
// frame shows it.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { smallConfig, trainedRun } from '../testSupport/trainedRun';
import { LambdaField } from './RegularizationFields';
import './testLab';

function field(runId: string) {
  return render(<LambdaField runId={runId} value={1} onChange={() => undefined} />);
}

const withPenalty = (kind: 'l1' | 'l2', lambda: number) =>
  smallConfig((c) => (c.regularization = { ...c.regularization, kind, lambda }));

describe('the λ verdict', () => {
  it('says every weight is 0 when L1 has zeroed them all', () => {
    const run = trainedRun('verdict-l1', withPenalty('l1', 10), 40);
    expect(run.trainer.weights().every((w) => w === 0)).toBe(true);
    field('verdict-l1');
    expect(screen.getByTestId('lambda-verdict').textContent).toBe(
      'λ is so large that every weight is 0: the model predicts one class.',
    );
  });

  it('says the map is one class when L2 has flattened it', () => {
    trainedRun('verdict-l2', withPenalty('l2', 10), 200);
    field('verdict-l2');
    expect(screen.getByTestId('lambda-verdict').textContent).toMatch(
      /^The model now predicts one class everywhere/,
    );
  });

  it('says nothing at a λ that still learns, nor before training', () => {
    trainedRun('verdict-fine', withPenalty('l1', 0.001), 40);
    const { unmount } = field('verdict-fine');
    expect(screen.queryByTestId('lambda-verdict')).toBeNull();
    unmount();
    trainedRun('verdict-fresh', withPenalty('l1', 10), 0);
    field('verdict-fresh');
    expect(screen.queryByTestId('lambda-verdict')).toBeNull();
  });
});

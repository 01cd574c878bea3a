// A panel's title follows its run's settings, so a λ drag re-renders it in the slider's input
// event; its charts must not re-render with it (they follow their run's frames).
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../components/testLab';
import { MAIN_RUN } from '../store/labStore';
import { ComparisonPanel } from './ComparisonPanel';

const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../charts', () => {
  const counted = (name: string) =>
    function Counted() {
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return null;
    };
  return {
    BoundaryMap: counted('boundary'),
    WeightHistogram: counted('histogram'),
    NetworkDiagram: counted('network'),
    LossCurves: counted('curves'),
  };
});

const EACH_ONCE = { boundary: 1, histogram: 1, network: 1, curves: 1 };

describe('ComparisonPanel', () => {
  it('a new title re-renders the title only, not the charts', () => {
    const runIds = [MAIN_RUN];
    const props = { runId: MAIN_RUN, name: 'Main run', index: 0, runIds };
    const { rerender } = render(<ComparisonPanel {...props} title="L1, λ = 0.001" />);
    expect(Object.fromEntries(renders)).toEqual(EACH_ONCE);
    rerender(<ComparisonPanel {...props} title="L1, λ = 0.003" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/L1, λ = 0\.003$/);
    expect(Object.fromEntries(renders)).toEqual(EACH_ONCE);
  });
});

// The runs' panels on shared histogram axes, with the boundary grid sized for their number. The
// lab's side-by-side view and presentation mode lay the panels out differently but draw them
// alike, so both use this.
import { useEffect } from 'react';
import { HistogramAxesContext } from '../charts/histogramAxes';
import { setGridSize } from '../lab/actions';
import { ComparisonPanel } from './ComparisonPanel';
import { useComparisonHistogramAxes } from './useComparisonHistogramAxes';
import type { RunTitle } from './useRunTitles';
// Here, not in the lab's view only: presentation mode opened from a link never loads that view,
// and its panels and overlay legend lost their styles (a bulleted legend, swatches on lines of
// their own).
import './compare.css';

/** Grid cells per side for a panel: fewer with more runs, never below 96 (still crisp). */
export function comparisonGridSize(runs: number): number {
  return runs <= 2 ? 128 : 96;
}
/** The grid a single run's map uses, restored when the comparison goes. */
const SINGLE_RUN_GRID = 128;

export interface ComparisonPanelsProps {
  /** The panels in the order shown (shuffled while the class predicts). */
  runs: RunTitle[];
  /** Every run of the comparison in its own order: the curves share their epoch axis. */
  ids: string[];
  className: string;
}

export function ComparisonPanels({ runs, ids, className }: ComparisonPanelsProps) {
  const axes = useComparisonHistogramAxes(ids);
  const count = ids.length;
  useEffect(() => {
    setGridSize(comparisonGridSize(count));
    return () => setGridSize(SINGLE_RUN_GRID);
  }, [count]);
  return (
    <HistogramAxesContext value={axes}>
      <div className={className}>
        {runs.map((r, i) => (
          <ComparisonPanel
            key={r.id}
            runId={r.id}
            name={r.name}
            title={r.title}
            index={i}
            runIds={ids}
          />
        ))}
      </div>
    </HistogramAxesContext>
  );
}

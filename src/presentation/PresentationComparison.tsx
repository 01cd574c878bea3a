// A comparison in presentation mode: the runs' panels in one row (the comparison's own panels,
// titled by what each run differs in, on shared histogram axes, so they show what the lab's do)
// and the overlaid curves. The lab's setup bar and scrubber are lab tools, not lecture ones, so
// this composes the panels itself instead of the lab's view.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HistogramAxesContext } from '../charts/histogramAxes';
import { comparisonGridSize } from '../compare/ComparisonBody';
import { ComparisonPanel } from '../compare/ComparisonPanel';
import { OverlayCurves } from '../compare/OverlayCurves';
import { useComparisonHistogramAxes } from '../compare/useComparisonHistogramAxes';
import { useRunTitles } from '../compare/useRunTitles';
import { setGridSize } from '../lab/actions';
import { useLab } from '../store/labStore';

/** The grid a single run's map uses (the comparison view restores it the same way). */
const SINGLE_RUN_GRID = 128;

export function PresentationComparison() {
  const comparing = useLab((s) => s.comparison !== null);
  const ids = useLab(useShallow((s) => s.runOrder));
  const runs = useRunTitles();
  const axes = useComparisonHistogramAxes(ids);
  const count = ids.length;
  useEffect(() => {
    setGridSize(comparisonGridSize(count));
    return () => setGridSize(SINGLE_RUN_GRID);
  }, [count]);
  if (!comparing) return null;
  return (
    <>
      <HistogramAxesContext value={axes}>
        <div className="pres-runs">
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
      <div className="pres-overlay">
        <OverlayCurves runs={runs} />
      </div>
    </>
  );
}

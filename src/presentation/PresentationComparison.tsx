// A comparison in presentation mode: the runs' panels in one row (the comparison's own panels,
// so they show what the lab's do) and the overlaid curves. The lab's setup bar and scrubber are
// lab tools, not lecture ones, so this composes the panels itself instead of the lab's view.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ComparisonPanel } from '../compare/ComparisonPanel';
import { comparisonGridSize } from '../compare/ComparisonView';
import { OverlayCurves } from '../compare/OverlayCurves';
import type { OverlayRun } from '../compare/OverlayCurves';
import { setGridSize } from '../lab/actions';
import { useLab } from '../store/labStore';

/** The grid a single run's map uses (the comparison view restores it the same way). */
const SINGLE_RUN_GRID = 128;

export function PresentationComparison() {
  const comparison = useLab((s) => s.comparison);
  const ids = useLab(useShallow((s) => s.runOrder));
  const count = ids.length;
  useEffect(() => {
    setGridSize(comparisonGridSize(count));
    return () => setGridSize(SINGLE_RUN_GRID);
  }, [count]);
  if (!comparison) return null;
  const labels = [comparison.mainLabel, ...comparison.variants.map((v) => v.label)];
  const runs: OverlayRun[] = ids.map((id, i) => ({ id, label: labels[i] ?? id }));
  return (
    <>
      <div className="pres-runs">
        {runs.map((r, i) => (
          <ComparisonPanel key={r.id} runId={r.id} label={r.label} index={i} runIds={ids} />
        ))}
      </div>
      <div className="pres-overlay">
        <OverlayCurves runs={runs} />
      </div>
    </>
  );
}

// A comparison in presentation mode: the runs' panels in one row (the comparison's own panels,
// titled by what each run differs in, on shared histogram axes, so they show what the lab's do)
// and the overlaid curves. The lab's setup bar and scrubber are lab tools, not lecture ones, so
// this composes the panels itself instead of the lab's view.
import { useShallow } from 'zustand/react/shallow';
import { ComparisonPanels } from '../compare/ComparisonPanels';
import { OverlayCurves } from '../compare/OverlayCurves';
import { useRunTitles } from '../compare/useRunTitles';
import { useLab } from '../store/labStore';

export function PresentationComparison() {
  const comparing = useLab((s) => s.comparison !== null);
  const ids = useLab(useShallow((s) => s.runOrder));
  const runs = useRunTitles();
  if (!comparing) return null;
  return (
    <>
      <ComparisonPanels runs={runs} ids={ids} className="pres-runs" />
      <div className="pres-overlay">
        <OverlayCurves runs={runs} />
      </div>
    </>
  );
}

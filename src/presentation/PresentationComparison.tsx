// A comparison in presentation mode: the runs' panels in one row (the comparison's own panels,
// titled by what each run differs in, on shared histogram axes, so they show what the lab's do)
// and the overlaid curves. The lab's setup bar and scrubber are lab tools, not lecture ones, so
// this composes the panels itself instead of the lab's view. "Predict, then reveal" works here
// as in the lab: H hides the labels behind A–D, the guessing form sits with the lesson's
// controls (PresentationPredict) and a clicker's "next" reveals.
import { useShallow } from 'zustand/react/shallow';
import { ComparisonPanels } from '../compare/ComparisonPanels';
import { OverlayCurves } from '../compare/OverlayCurves';
import { PredictControls } from '../compare/predict/PredictControls';
import { lettered, useGuessing, usePredictView } from '../compare/predict/predictStore';
import { useRunTitles } from '../compare/useRunTitles';
import { useLab } from '../store/labStore';

export function PresentationComparison() {
  const comparing = useLab((s) => s.comparison !== null);
  const ids = useLab(useShallow((s) => s.runOrder));
  const runs = useRunTitles();
  const shown = usePredictView(runs, lettered);
  const guessing = useGuessing();
  if (!comparing) return null;
  return (
    <>
      <ComparisonPanels
        runs={shown}
        ids={ids}
        className={guessing ? 'pres-runs predicting' : 'pres-runs'}
      />
      <div className="pres-overlay">
        <OverlayCurves runs={shown} />
      </div>
    </>
  );
}

/** The "Hide labels" button (H) and, while the labels are hidden, the class's guessing form. */
export function PresentationPredict() {
  const titles = useRunTitles().map((r) => r.title);
  return (
    <div className="pres-predict">
      <PredictControls titles={titles} />
    </div>
  );
}

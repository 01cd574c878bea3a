// The side-by-side panels, the shared scrubber and the overlay chart: a chunk of its own, loaded
// when a comparison starts (a single run never needs it).
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { MAIN_RUN, useLab } from '../store/labStore';
import { ComparisonPanels } from './ComparisonPanels';
import { ComparisonSetup } from './ComparisonSetup';
import { EpochScrubber } from './EpochScrubber';
import { PredictControls } from './predict/PredictControls';
import { lettered, useGuessing, usePredictView } from './predict/predictStore';
import { OverlayCurves } from './OverlayCurves';
import { useRunTitles } from './useRunTitles';

export default function ComparisonBody() {
  const t = useT();
  const ids = useLab(useShallow((s) => s.runOrder));
  const runs = useRunTitles();
  const count = ids.length;
  // While the class predicts: shuffled panels titled A–D (the overlay's legend follows).
  const shown = usePredictView(runs, lettered);
  const guessing = useGuessing();
  return (
    <section
      className={guessing ? 'compare-view predicting' : 'compare-view'}
      aria-label={t('compare.view.title')}
    >
      <div className="compare-top">
        <ComparisonSetup />
        <PredictControls titles={runs.map((r) => r.title)} />
      </div>
      <EpochScrubber runId={MAIN_RUN} runIds={ids} />
      <ComparisonPanels
        runs={shown}
        ids={ids}
        className={`compare-grid compare-grid--${Math.min(4, Math.max(2, count))}`}
      />
      <OverlayCurves runs={shown} />
    </section>
  );
}

// The run picker's comparison part travels in this chunk too: both need the run titles.
export { default as RunChoices } from '../components/RunChoices';

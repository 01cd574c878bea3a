// The side-by-side panels, the shared scrubber and the overlay chart: a chunk of its own, loaded
// when a comparison starts (a single run never needs it).
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HistogramAxesContext } from '../charts/histogramAxes';
import { useT } from '../i18n';
import { setGridSize } from '../lab/actions';
import { MAIN_RUN, useLab } from '../store/labStore';
import { ComparisonPanel } from './ComparisonPanel';
import { ComparisonSetup } from './ComparisonSetup';
import { EpochScrubber } from './EpochScrubber';
import { PredictControls } from './predict/PredictControls';
import { usePredictView } from './predict/predictStore';
import { OverlayCurves } from './OverlayCurves';
import { useComparisonHistogramAxes } from './useComparisonHistogramAxes';
import { useRunTitles } from './useRunTitles';
import './compare.css';

/** Grid cells per side for a panel: fewer with more runs, never below 96 (still crisp). */
export function comparisonGridSize(runs: number): number {
  return runs <= 2 ? 128 : 96;
}
const SINGLE_RUN_GRID = 128;

export default function ComparisonBody() {
  const t = useT();
  const ids = useLab(useShallow((s) => s.runOrder));
  const runs = useRunTitles();
  const axes = useComparisonHistogramAxes(ids);
  const count = ids.length;
  useEffect(() => {
    setGridSize(comparisonGridSize(count));
    return () => setGridSize(SINGLE_RUN_GRID);
  }, [count]);
  // While the class predicts: shuffled panels titled A–D (the overlay's legend follows).
  const shown = usePredictView(runs, (r, letter, revealed) => ({
    ...r,
    name: '',
    title: revealed ? `${letter} · ${r.title}` : letter,
  }));
  return (
    <section
      className={shown === runs ? 'compare-view' : 'compare-view compare-view--predict'}
      aria-label={t('compare.view.title')}
    >
      <div className="compare-top">
        <ComparisonSetup />
        <PredictControls titles={runs.map((r) => r.title)} />
      </div>
      <EpochScrubber runId={MAIN_RUN} runIds={ids} />
      <HistogramAxesContext value={axes}>
        <div className={`compare-grid compare-grid--${Math.min(4, Math.max(2, count))}`}>
          {shown.map((r, i) => (
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
      <OverlayCurves runs={shown} />
    </section>
  );
}

// The run picker's comparison part travels in this chunk too: both need the run titles.
export { default as RunChoices } from '../components/RunChoices';

// The side-by-side comparison: two to four runs on the same data, initial weights and batch
// order. One scrubber moves every panel to the same epoch; the overlay chart puts all runs'
// losses on one epoch axis. Smaller panels need less of the decision grid: the worker evaluates
// each run's grid every frame, so four runs at 96² cost less than one at 192².
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { setGridSize } from '../lab/actions';
import { MAIN_RUN, useLab } from '../store/labStore';
import { ComparisonPanel } from './ComparisonPanel';
import { ComparisonSetup } from './ComparisonSetup';
import { EpochScrubber } from './EpochScrubber';
import { OverlayCurves } from './OverlayCurves';
import type { OverlayRun } from './OverlayCurves';
import { PredictControls } from './predict/PredictControls';
import { usePredictView } from './predict/predictStore';
import { runLabel } from './runLabel';
import './compare.css';

export { CompareButton, ComparisonSetup } from './ComparisonSetup';
export { EpochScrubber } from './EpochScrubber';

/** Grid cells per side for a panel: fewer with more runs, never below 96 (still crisp). */
export function comparisonGridSize(runs: number): number {
  return runs <= 2 ? 128 : 96;
}
const SINGLE_RUN_GRID = 128;

export function ComparisonView() {
  const t = useT();
  const comparison = useLab((s) => s.comparison);
  const ids = useLab(useShallow((s) => s.runOrder));
  const count = ids.length;
  useEffect(() => {
    setGridSize(comparisonGridSize(count));
    return () => setGridSize(SINGLE_RUN_GRID);
  }, [count]);
  const labels = comparison
    ? [comparison.mainLabel, ...comparison.variants.map((v) => v.label)]
    : [];
  const runs: OverlayRun[] = ids.map((id, i) => ({ id, label: labels[i] ?? id }));
  // While the class predicts: shuffled panels titled A–D (the overlay's legend follows).
  const shown = usePredictView(runs, (r, letter, revealed) => ({
    ...r,
    label: revealed ? `${letter} · ${runLabel(t, r.label)}` : letter,
  }));
  if (!comparison) return null;
  return (
    <section
      className={shown === runs ? 'compare-view' : 'compare-view compare-view--predict'}
      aria-label={t('compare.view.title')}
    >
      <ComparisonSetup />
      <PredictControls runs={runs} />
      <EpochScrubber runId={MAIN_RUN} runIds={ids} />
      <div className={`compare-grid compare-grid--${Math.min(4, Math.max(2, count))}`}>
        {shown.map((r, i) => (
          <ComparisonPanel key={r.id} runId={r.id} label={r.label} index={i} runIds={ids} />
        ))}
      </div>
      <OverlayCurves runs={shown} />
    </section>
  );
}

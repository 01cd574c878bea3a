// One run of a comparison: its title (what it differs in) with the overlay chart's swatch, then
// its boundary, weight histogram (on the comparison's shared axes), network diagram and curves
// (on the comparison's shared epoch axis).
import { memo, useId } from 'react';
import { BoundaryMap, NetworkDiagram, WeightHistogram } from '../charts';
import { LineSwatch } from '../charts/LineSwatch';
import { useT } from '../i18n';
import { useSay } from '../i18n/lazyStrings';
import { SIDE_BY_SIDE } from '../i18n/sideBySideStrings';
import { useShownEpoch } from '../store/scrub';
import { runStyle } from './runStyle';
import { SharedAxisCurves } from './SharedAxisCurves';

export interface ComparisonPanelProps {
  runId: string;
  /** "Main run", "Run B", …: stays put while the title follows the settings. */
  name: string;
  title: string;
  index: number;
  /** Every run of the comparison: the curves share their epoch axis. */
  runIds: string[];
}

/**
 * Memoized: its props are strings, an index and the comparison's run ids (one array while the
 * runs stay the same), so a panel re-renders for its own run only. Without it, every chart tick
 * of any run re-rendered all four panels' charts through ComparisonPanels, whose shared
 * histogram axes follow every run: the pacing's one run per frame became four.
 */
export const ComparisonPanel = memo(function ComparisonPanel({
  runId,
  name,
  title,
  index,
  runIds,
}: ComparisonPanelProps) {
  const t = useT();
  const say = useSay(SIDE_BY_SIDE);
  const titleId = useId();
  const style = runStyle(index);
  const shown = useShownEpoch(runId);
  return (
    <section className="compare-panel" aria-labelledby={titleId} data-run={runId}>
      <p className="compare-panel-name">{name}</p>
      <h2 id={titleId} className="compare-panel-title">
        <LineSwatch
          color={style.color}
          dash={style.dash}
          width={28}
          inset={1}
          strokeWidth={3}
          title={say('compare.panel.swatch', { run: title })}
        />
        {title}
      </h2>
      {shown !== null && (
        <p className="scrub-badge scrub-badge--past compare-panel-badge">
          {t('compare.scrub.showing', { epoch: shown })}
        </p>
      )}
      <PanelCharts runId={runId} runIds={runIds} />
    </section>
  );
});

/**
 * The panel's charts, memoized apart from its title: a λ drag changes every title ("L1, λ = …")
 * in the slider's input event, and re-rendering four panels' charts with them took most of that
 * event's 11–30 ms on a shared core. The charts follow their run's own frames instead.
 */
const PanelCharts = memo(function PanelCharts({
  runId,
  runIds,
}: {
  runId: string;
  runIds: string[];
}) {
  return (
    <>
      <BoundaryMap runId={runId} />
      <WeightHistogram runId={runId} />
      <NetworkDiagram runId={runId} />
      <SharedAxisCurves runId={runId} runIds={runIds} />
    </>
  );
});

// One run of a comparison: its title with the overlay chart's swatch, then its boundary, weight
// histogram and curves (on the comparison's shared epoch axis).
import { useId } from 'react';
import { BoundaryMap, WeightHistogram } from '../charts';
import { useT } from '../i18n';
import { useShownEpoch } from '../store/scrub';
import { runLabel } from './runLabel';
import { runStyle } from './runStyle';
import { SharedAxisCurves } from './SharedAxisCurves';
import { LineSwatch } from '../charts/LineSwatch';

export interface ComparisonPanelProps {
  runId: string;
  label: string;
  index: number;
  /** Every run of the comparison: the curves share their epoch axis. */
  runIds: string[];
}

export function ComparisonPanel({ runId, label, index, runIds }: ComparisonPanelProps) {
  const t = useT();
  const titleId = useId();
  const name = runLabel(t, label);
  const style = runStyle(index);
  const shown = useShownEpoch(runId);
  return (
    <section className="compare-panel" aria-labelledby={titleId} data-run={runId}>
      <h2 id={titleId} className="compare-panel-title">
        <LineSwatch
          color={style.color}
          dash={style.dash}
          width={28}
          inset={1}
          strokeWidth={3}
          title={t('compare.panel.swatch', { run: name })}
        />
        {name}
      </h2>
      {shown !== null && (
        <p className="scrub-badge scrub-badge--past compare-panel-badge">
          {t('compare.scrub.showing', { epoch: shown })}
        </p>
      )}
      <BoundaryMap runId={runId} />
      <WeightHistogram runId={runId} />
      <SharedAxisCurves runId={runId} runIds={runIds} />
    </section>
  );
}

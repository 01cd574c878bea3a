import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { useLab } from '../store/labStore';
import type { StringKey } from '../i18n';
import type { CurveSpec, CurveTab } from './lossSeries';
import { CURVES } from './lossSeries';
import { INK, SERIES } from './palette';
import { penaltyLegend } from './penaltyFormula';
import { LineSwatch } from './LineSwatch';

const NAMES: Partial<Record<CurveSpec['field'], StringKey>> = {
  trainLoss: 'charts.loss.trainLoss',
  valLoss: 'charts.loss.valLoss',
  trainAcc: 'charts.loss.trainAcc',
  valAcc: 'charts.loss.valAcc',
};

/** The early-stopping marks on the plot now; `overfitting` is the shading rule, in words. */
export interface LegendMarks {
  best: boolean;
  stop: boolean;
  markOnly: boolean;
  overfitting: string | null;
}

function Hatch() {
  return (
    <svg width={18} height={12} aria-hidden="true">
      <rect width={18} height={12} fill="none" stroke={SERIES.val} strokeOpacity={0.35} />
      {[0, 6, 12, 18].map((x) => (
        <line
          key={x}
          x1={x - 6}
          y1={12}
          x2={x + 6}
          y2={0}
          stroke={SERIES.val}
          strokeOpacity={0.4}
        />
      ))}
    </svg>
  );
}

/**
 * The key to the curves (the penalty's entry carries its formula and λ) and to the marks shown,
 * so a mark whose label found no room on the plot is still named here. It selects the run's
 * regularization itself: a λ step renders the key, not the whole chart.
 */
export function LossLegend({
  tab,
  runId,
  marks,
}: {
  tab: CurveTab;
  runId: RunId;
  marks?: LegendMarks;
}) {
  const t = useT();
  const regularization = useLab((s) => s.runs[runId]?.config.regularization);
  const [penaltyKey, penaltyParams] = penaltyLegend(regularization);
  return (
    <ul className="chart-key" data-testid="loss-legend">
      {CURVES[tab].map((spec) => (
        <li key={spec.field}>
          <LineSwatch color={spec.color} dash={spec.dash} />
          {spec.field === 'penalty' ? t(penaltyKey, penaltyParams) : t(NAMES[spec.field]!)}
        </li>
      ))}
      {tab === 'loss' && <li>{t('charts.loss.totalExplain')}</li>}
      {marks?.best && (
        <li>
          <LineSwatch color={INK} width={14} strokeWidth={1.5} />
          {t('charts.loss.keyBest')}
        </li>
      )}
      {marks?.stop && (
        <li>
          <LineSwatch color={INK} dash="5 3" width={14} strokeWidth={1.5} />
          {t(marks.markOnly ? 'charts.loss.keyWouldStop' : 'charts.loss.keyStop')}
        </li>
      )}
      {marks?.overfitting && (
        <li data-testid="overfitting-key">
          <Hatch />
          {marks.overfitting}
        </li>
      )}
    </ul>
  );
}

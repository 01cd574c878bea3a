import type { RegularizationConfig } from '../../workers/contract';
import { useT } from '../i18n';
import type { StringKey } from '../i18n';
import type { CurveSpec, CurveTab } from './lossSeries';
import { CURVES } from './lossSeries';
import { penaltyLegend } from './penaltyFormula';
import { LineSwatch } from './LineSwatch';

const NAMES: Partial<Record<CurveSpec['field'], StringKey>> = {
  trainLoss: 'charts.loss.trainLoss',
  valLoss: 'charts.loss.valLoss',
  trainAcc: 'charts.loss.trainAcc',
  valAcc: 'charts.loss.valAcc',
};

/** The key to the curves; the penalty's entry carries its formula and λ. */
export function LossLegend({
  tab,
  regularization,
}: {
  tab: CurveTab;
  regularization?: RegularizationConfig;
}) {
  const t = useT();
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
    </ul>
  );
}

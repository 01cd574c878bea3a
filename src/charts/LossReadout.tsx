import { useT } from '../i18n';
import type { HistoryColumns } from '../store/historyColumns';
import { formatPercent, formatValue } from './format';
import type { CurveTab } from './lossSeries';

export interface LossReadoutProps {
  history: HistoryColumns;
  row: number;
  hovering: boolean;
  tab: CurveTab;
}

/** The values at one epoch, with the total loss spelled out as data + penalty. */
export function LossReadout({ history, row, hovering, tab }: LossReadoutProps) {
  const t = useT();
  if (row < 0) return <p className="chart-readout">{t('charts.waiting')}</p>;
  const v = (f: Parameters<HistoryColumns['get']>[0]) => history.get(f, row);
  const epoch = v('epoch');
  const head = t(hovering ? 'charts.loss.atEpoch' : 'charts.loss.latest', { epoch });
  if (tab === 'accuracy') {
    return (
      <p className="chart-readout" aria-live="polite" data-testid="loss-readout">
        {head} · {t('charts.loss.trainAcc')} {formatPercent(v('trainAcc'))} ·{' '}
        {t('charts.loss.valAcc')} {formatPercent(v('valAcc'))}
      </p>
    );
  }
  const data = v('trainLoss');
  const penalty = v('penalty');
  return (
    <p className="chart-readout" aria-live="polite" data-testid="loss-readout">
      {head} · {t('charts.loss.trainLoss')} {formatValue(data)} · {t('charts.loss.valLoss')}{' '}
      {formatValue(v('valLoss'))} ·{' '}
      <span data-testid="total-loss">
        {t('charts.loss.total', {
          total: formatValue(data + penalty),
          data: formatValue(data),
          penalty: formatValue(penalty),
        })}
      </span>
    </p>
  );
}

import { scaleLinear } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { useLab } from '../store/labStore';
import { useShownEpoch } from '../store/scrub';
import { ChartFigure } from './ChartFigure';
import { ChartTabs } from './ChartTabs';
import { drawnRows } from './decimate';
import { EarlyStoppingMarks } from './EarlyStoppingMarks';
import { LossLegend } from './LossLegend';
import { LOSS_MARGIN, LossPlot } from './LossPlot';
import { LossReadout } from './LossReadout';
import type { CurveTab } from './lossSeries';
import { buildCurves, rowAtEpoch } from './lossSeries';
import { ShownEpochMark } from './ShownEpochMark';
import { Toggle } from './Toggle';
import { useContainerWidth } from './useContainerWidth';
import { useHistory } from './useHistory';
import { valueScale } from './valueScale';

export interface LossCurvesProps {
  runId: string;
  /** Side-by-side panels share one epoch axis: its end, when longer than this run. */
  epochMax?: number;
}

/** Training and validation loss (or accuracy) per epoch, with the penalty and early stopping. */
export function LossCurves({ runId, epochMax = 0 }: LossCurvesProps) {
  const t = useT();
  const panelId = useId();
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const [tab, setTab] = useState<CurveTab>('loss');
  const [log, setLog] = useState(false);
  const [hoverEpoch, setHoverEpoch] = useState<number | null>(null);
  const { history, length, generation } = useHistory(runId);
  const shownEpoch = useShownEpoch(runId);
  const regularization = useLab((s) => s.runs[runId]?.config.regularization);
  const esConfig = useLab((s) => s.runs[runId]?.config.earlyStopping);
  const es = useLab(
    useShallow((s) => ({
      bestEpoch: s.runs[runId]?.earlyStopping.bestEpoch ?? null,
      bestValLoss: s.runs[runId]?.earlyStopping.bestValLoss ?? null,
      stoppedEpoch: s.runs[runId]?.earlyStopping.stoppedEpoch ?? null,
    })),
  );

  const w = Math.max(140, width - LOSS_MARGIN.left - LOSS_MARGIN.right);
  const h = Math.round(Math.max(160, Math.min(340, w * 0.5)));
  const rows = drawnRows(length, w);
  const curves = useMemo(
    () => buildCurves(history, rows, tab, w, generation),
    [history, rows, tab, w, generation],
  );
  const epochs = history.columns.epoch;
  const firstEpoch = rows > 0 ? epochs[0]! : 0;
  const lastEpoch = rows > 0 ? epochs[rows - 1]! : 0;
  // The axis grows with the run; ten epochs at least so the first frames are not a single column.
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([firstEpoch, Math.max(lastEpoch, firstEpoch + 10, epochMax)])
        .range([0, w]),
    [firstEpoch, lastEpoch, w, epochMax],
  );
  const logShown = log && tab === 'loss';
  const y = useMemo(
    () => valueScale(tab, logShown, curves.lo, curves.hi, h),
    [tab, logShown, curves.lo, curves.hi, h],
  );

  const hovering = hoverEpoch !== null && length > 0;
  const row = hovering ? rowAtEpoch(epochs, length, hoverEpoch) : length - 1;
  const hoverPoints = hovering
    ? curves.series.map(({ spec }) => ({ color: spec.color, value: history.get(spec.field, row) }))
    : [];
  const lastVal = length > 0 ? history.get('valLoss', length - 1) : NaN;
  const overfitting = es.bestValLoss !== null && lastVal > es.bestValLoss;

  const controls = (
    <>
      <ChartTabs
        tabs={[
          { key: 'loss', label: t('charts.loss.tabLoss') },
          { key: 'accuracy', label: t('charts.loss.tabAccuracy') },
        ]}
        value={tab}
        onChange={setTab}
        label={t('charts.loss.tabsLabel')}
        panelId={panelId}
      />
      <Toggle
        label={t('charts.loss.logScale')}
        checked={log}
        onChange={setLog}
        disabled={tab !== 'loss'}
        testId="toggle-log-loss"
      />
    </>
  );

  return (
    <ChartFigure
      title={t('charts.loss.title')}
      controls={controls}
      className="loss-curves"
      exportable="loss-curves"
    >
      <div ref={ref} className="chart-body">
        <LossPlot
          id={panelId}
          curves={curves}
          x={x}
          y={y}
          width={w}
          height={h}
          firstEpoch={firstEpoch}
          lastEpoch={lastEpoch}
          hoverEpoch={hovering ? hoverEpoch : null}
          hoverPoints={hoverPoints}
          onHover={setHoverEpoch}
          label={t('charts.loss.plotLabel')}
          xLabel={t('charts.loss.epoch')}
          yLabel={t(
            tab === 'loss'
              ? logShown
                ? 'charts.loss.yLossLog'
                : 'charts.loss.yLoss'
              : 'charts.loss.yAccuracy',
          )}
          marks={
            <>
              <EarlyStoppingMarks
                x={x}
                width={w}
                height={h}
                firstEpoch={firstEpoch}
                lastEpoch={lastEpoch}
                bestEpoch={es.bestEpoch}
                stoppedEpoch={es.stoppedEpoch}
                patience={esConfig?.enabled ? esConfig.patience : null}
                markOnly={esConfig?.markOnly ?? false}
                overfitting={overfitting}
              />
              <ShownEpochMark x={x} height={h} epoch={shownEpoch} />
            </>
          }
        />
        <LossReadout history={history} row={row} hovering={hovering} tab={tab} />
        <LossLegend tab={tab} regularization={regularization} />
      </div>
    </ChartFigure>
  );
}

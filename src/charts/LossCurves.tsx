import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { useLab } from '../store/labStore';
import { useShownEpoch } from '../store/scrub';
import { ChartFigure } from './ChartFigure';
import { ChartTabs } from './ChartTabs';
import { drawnRows } from './decimate';
import { AUTO_LOG_EPOCHS, epochScale } from './epochScale';
import type { Polyline } from './labelPlacement';
import { LossGuide } from './LossGuide';
import { LOSS_MARGIN, LossPlot } from './LossPlot';
import type { CurveTab } from './lossSeries';
import { buildCurves, rowAtEpoch } from './lossSeries';
import { measuredRow, overfittingRegion, RISE_FRACTION } from './overfitting';
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

// Drawn a moment after the curves: a chunk of their own (see lossChartParts.ts).
const loadParts = () => import('./lossChartParts');
const EarlyStoppingMarks = lazy(() => loadParts().then((m) => ({ default: m.EarlyStoppingMarks })));
const LossLegend = lazy(() => loadParts().then((m) => ({ default: m.LossLegend })));
const LossReadout = lazy(() => loadParts().then((m) => ({ default: m.LossReadout })));

/** Training and validation loss (or accuracy) per epoch, with the penalty and early stopping. */
export function LossCurves({ runId, epochMax = 0 }: LossCurvesProps) {
  const t = useT();
  const panelId = useId();
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const [tab, setTab] = useState<CurveTab>('loss');
  const [log, setLog] = useState(false);
  // null: the epoch axis turns logarithmic by itself once the run is long (AUTO_LOG_EPOCHS).
  const [logEpochChoice, setLogEpoch] = useState<boolean | null>(null);
  const [hoverEpoch, setHoverEpoch] = useState<number | null>(null);
  const { history, length, generation } = useHistory(runId);
  const shownEpoch = useShownEpoch(runId);
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
  const axisEnd = Math.max(lastEpoch, firstEpoch + 10, epochMax);
  const logEpoch = logEpochChoice ?? axisEnd > AUTO_LOG_EPOCHS;
  const x = useMemo(
    () => epochScale(firstEpoch, axisEnd, w, logEpoch),
    [firstEpoch, axisEnd, w, logEpoch],
  );
  const logShown = log && tab === 'loss';
  const y = useMemo(
    () => valueScale(tab, logShown, curves.lo, curves.hi, h),
    [tab, logShown, curves.lo, curves.hi, h],
  );
  const drawn = useMemo<Polyline[]>(
    () =>
      curves.series.map(({ points: p }) => ({
        x: p.x.map((e) => x(e)),
        y: p.y.map((v) => (!y.log || v > 0 ? y(v) : NaN)),
        length: p.length,
      })),
    [curves, x, y],
  );

  const hovering = hoverEpoch !== null && length > 0;
  const at = hovering ? rowAtEpoch(epochs, length, hoverEpoch) : length - 1;
  // A fast run measures the training split only every few epochs: read the nearest measured one.
  const row = at >= 0 ? measuredRow(history, at) : at;
  const hoverPoints = hovering
    ? curves.series.map(({ spec }) => ({ color: spec.color, value: history.get(spec.field, at) }))
    : [];
  const rule = { patience: esConfig?.patience ?? 50, minDelta: esConfig?.minDelta ?? 0 };
  const best =
    es.bestEpoch === null || es.bestValLoss === null
      ? null
      : { epoch: es.bestEpoch, valLoss: es.bestValLoss };
  const overfitting = overfittingRegion(history, rows, best, rule);
  const ruleText = t('charts.loss.overfittingRule', {
    rise: Math.round(100 * RISE_FRACTION),
    patience: rule.patience,
  });

  const tabs = useMemo(
    () =>
      [
        { key: 'loss', label: t('charts.loss.tabLoss') },
        { key: 'accuracy', label: t('charts.loss.tabAccuracy') },
      ] as const,
    [t],
  );
  const controls = (
    <>
      <ChartTabs
        tabs={tabs}
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
      <Toggle
        label={t('charts.loss.logEpochs')}
        checked={logEpoch}
        onChange={setLogEpoch}
        testId="toggle-log-epochs"
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
          drawn={drawn}
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
          xLabel={t(logEpoch ? 'charts.loss.epochLog' : 'charts.loss.epoch')}
          yLabel={t(
            tab === 'loss'
              ? logShown
                ? 'charts.loss.yLossLog'
                : 'charts.loss.yLoss'
              : 'charts.loss.yAccuracy',
          )}
          marks={
            <>
              <Suspense fallback={null}>
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
                  overfittingRule={ruleText}
                  curves={drawn}
                />
              </Suspense>
              <ShownEpochMark x={x} height={h} epoch={shownEpoch} />
            </>
          }
        />
        <Suspense fallback={null}>
          <LossReadout history={history} row={row} hovering={hovering} tab={tab} />
        </Suspense>
        <Suspense fallback={null}>
          <LossLegend
            tab={tab}
            runId={runId}
            marks={{
              best: es.bestEpoch !== null && rows > 0,
              stop: es.stoppedEpoch !== null && es.stoppedEpoch <= lastEpoch,
              markOnly: esConfig?.markOnly ?? false,
              overfitting: overfitting === null ? null : ruleText,
            }}
          />
        </Suspense>
        <LossGuide />
      </div>
    </ChartFigure>
  );
}

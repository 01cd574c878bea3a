// Every run's validation loss (and optionally training loss) on one chart with one epoch axis:
// where the runs part ways is the lesson. React renders the paths; d3 computes scales and lines.
// A run that has ended (stopped early, diverged) ends in a dot, so it is not lost among the others;
// the log epoch axis keeps an early stop as wide as the runs that go on.
import { scaleLinear } from 'd3-scale';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { Axis, tickCount } from '../charts/axis';
import { ChartFigure } from '../charts/ChartFigure';
import { AUTO_LOG_EPOCHS, epochScale } from '../charts/epochScale';
import { INK } from '../charts/palette';
import { polylinePath } from '../charts/polylinePath';
import { Toggle } from '../charts/Toggle';
import { useContainerWidth } from '../charts/useContainerWidth';
import { useT } from '../i18n';
import { useSay } from '../i18n/lazyStrings';
import { SIDE_BY_SIDE } from '../i18n/sideBySideStrings';
import { frameStore } from '../store/frameStore';
import { historyOf } from '../store/histories';
import { useScrubEpoch } from '../store/scrub';
import { useLab } from '../store/labStore';
import { overlaySeries } from './overlaySeries';
import { runStyle } from './runStyle';
import type { RunTitle } from './useRunTitles';
import { LineSwatch } from '../charts/LineSwatch';

const M = { top: 10, right: 16, bottom: 42, left: 56 };

export function OverlayCurves({ runs }: { runs: RunTitle[] }) {
  const t = useT();
  const say = useSay(SIDE_BY_SIDE);
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const [showTrain, setShowTrain] = useState(false);
  const [logEpochChoice, setLogEpoch] = useState<boolean | null>(null);
  const ended = useLab((s) => runs.map((r) => s.runs[r.id]?.status !== 'running').join());
  // Re-render when any run's history grows (paced by the frame store, ~10 Hz while training).
  const versions = useStore(frameStore, (s) =>
    runs.map((r) => `${r.id}:${s.chartTick[r.id] ?? -1}`).join(),
  );
  const scrubEpoch = useScrubEpoch();
  const w = Math.max(160, width - M.left - M.right);
  const h = Math.round(Math.max(160, Math.min(300, w * 0.4)));
  const fields = useMemo(
    () => (showTrain ? (['valLoss', 'trainLoss'] as const) : (['valLoss'] as const)),
    [showTrain],
  );
  const data = useMemo(
    () =>
      overlaySeries(
        runs.map((r) => ({ id: r.id, history: historyOf(r.id) })),
        fields,
        w,
      ),
    // `versions` says the histories (kept outside React) grew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, fields, w, versions],
  );
  const logEpoch = logEpochChoice ?? data.lastEpoch > AUTO_LOG_EPOCHS;
  const x = useMemo(
    () => epochScale(0, Math.max(10, data.lastEpoch), w, logEpoch),
    [data.lastEpoch, w, logEpoch],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, data.hi > 0 ? data.hi * 1.05 : 1])
        .range([h, 0])
        .nice(),
    [data.hi, h],
  );
  const index = new Map(runs.map((r, i) => [r.id, i]));
  const paths = data.series.map((s) => {
    const p = s.points;
    const d = polylinePath({
      x: p.x.map((e) => x(e)),
      y: p.y.map((v) => y(v)),
      length: p.length,
    });
    return { ...s, d, style: runStyle(index.get(s.id) ?? 0) };
  });
  const yTicks = y.ticks(tickCount(h, 40));
  const names = runs.map((r) => r.title);
  const endedRuns = ended.split(',');
  const ends = paths.flatMap((p) => {
    const i = index.get(p.id) ?? 0;
    const n = p.points.length;
    if (p.field !== 'valLoss' || endedRuns[i] !== 'true' || n === 0) return [];
    return [
      { id: p.id, cx: x(p.points.x[n - 1]!), cy: y(p.points.y[n - 1]!), color: p.style.color },
    ];
  });

  return (
    <ChartFigure
      title={say('compare.overlay.title')}
      className="overlay-curves"
      controls={
        <>
          <Toggle
            label={say('compare.overlay.showTrain')}
            checked={showTrain}
            onChange={setShowTrain}
          />
          <Toggle
            label={t('charts.loss.logEpochs')}
            checked={logEpoch}
            onChange={setLogEpoch}
            testId="toggle-overlay-log-epochs"
          />
        </>
      }
    >
      <div ref={ref} className="chart-body">
        <svg
          width={w + M.left + M.right}
          height={h + M.top + M.bottom}
          role="img"
          aria-label={say('compare.overlay.plotLabel', { runs: names.join(', ') })}
          data-testid="overlay-plot"
        >
          <g transform={`translate(${M.left},${M.top})`}>
            <Axis
              scale={y}
              orient="left"
              ticks={yTicks}
              format={y.tickFormat(yTicks.length)}
              label={say('compare.overlay.yLoss')}
              gridLength={w}
              labelGap={44}
            />
            {paths.map((p) => (
              <path
                key={`${p.id}-${p.field}`}
                d={p.d}
                fill="none"
                stroke={p.style.color}
                strokeWidth={p.field === 'valLoss' ? 2 : 1.25}
                strokeOpacity={p.field === 'valLoss' ? 1 : 0.55}
                strokeDasharray={p.style.dash}
                data-run={p.id}
                data-series={p.field}
              />
            ))}
            {ends.map((e) => (
              <circle
                key={e.id}
                cx={e.cx}
                cy={e.cy}
                r={4}
                fill={e.color}
                stroke="white"
                strokeWidth={1.5}
                data-testid="overlay-run-end"
              />
            ))}
            {scrubEpoch !== null && (
              <line
                x1={x(scrubEpoch)}
                x2={x(scrubEpoch)}
                y2={h}
                stroke={INK}
                strokeDasharray="3 3"
                data-testid="overlay-shown-epoch"
              />
            )}
            <Axis
              scale={x}
              orient="bottom"
              offset={h}
              ticks={x.ticks}
              format={x.format}
              label={logEpoch ? t('charts.loss.epochLog') : say('compare.overlay.epoch')}
              labelGap={32}
            />
          </g>
        </svg>
        <ul
          className="overlay-legend"
          aria-label={say('compare.overlay.legendLabel')}
          data-testid="overlay-legend"
        >
          {runs.map((r, i) => {
            const style = runStyle(i);
            return (
              <li key={r.id}>
                <LineSwatch
                  color={style.color}
                  dash={style.dash}
                  width={34}
                  inset={1}
                  strokeWidth={2.5}
                />
                {showTrain
                  ? `${say('compare.overlay.val', { run: names[i]! })} · ${say('compare.overlay.train', { run: names[i]! })}`
                  : names[i]}
              </li>
            );
          })}
        </ul>
      </div>
    </ChartFigure>
  );
}

import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { useT } from '../i18n';
import { Axis, tickCount } from './axis';
import { countScale, stepOutline } from './histogramScales';
import { INK, MUTED, SERIES } from './palette';
import type { WeightBins } from './weightHistogram';

export interface HistogramPlotProps {
  now: WeightBins;
  initial: WeightBins;
  halfWidth: number;
  /** A count scale shared with other histograms; by default this one's tallest bar. */
  maxCount?: number | undefined;
  log: boolean;
  width: number;
  label: string;
}

const MARGIN = { top: 22, right: 14, bottom: 42, left: 50 };
const BAR_FILL = '#8c96a3';

/** The tallest bar of the current and initial weights, the zero spike included. */
export function tallestBar(now: WeightBins, initial: WeightBins): number {
  return Math.max(now.zeros, ...now.counts, ...initial.counts);
}

/** Bars of the current weights, the zero spike in its own colour, the initial outline. */
export function HistogramPlot(props: HistogramPlotProps) {
  const { now, initial, halfWidth, log, width, label } = props;
  const t = useT();
  const w = Math.max(120, width - MARGIN.left - MARGIN.right);
  const h = Math.round(Math.max(150, Math.min(320, w * 0.45)));
  const x = useMemo(
    () => scaleLinear().domain([-halfWidth, halfWidth]).range([0, w]),
    [halfWidth, w],
  );
  const maxCount = props.maxCount ?? tallestBar(now, initial);
  const y = useMemo(() => countScale(maxCount, h, log), [maxCount, h, log]);
  const xTicks = useMemo(() => x.ticks(tickCount(w, 70)), [x, w]);
  const binPx = w / now.counts.length;
  const zeroW = Math.max(4, binPx * 0.7);
  const zeroShare = now.total ? now.zeros / now.total : 0;

  return (
    <svg
      width={w + MARGIN.left + MARGIN.right}
      height={h + MARGIN.top + MARGIN.bottom}
      role="img"
      aria-label={label}
      data-testid="weight-histogram-svg"
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <Axis
          scale={y}
          orient="left"
          ticks={y.ticks}
          format={String}
          label={t(log ? 'charts.weights.countLog' : 'charts.weights.count')}
          gridLength={w}
          labelGap={38}
        />
        <g data-testid="weight-bins">
          {now.counts.map((c, i) =>
            c > 0 ? (
              <rect
                key={i}
                x={x(now.edges[i]!) + 0.5}
                width={Math.max(1, binPx - 1)}
                y={y(c)}
                height={Math.max(0, y.base - y(c))}
                fill={BAR_FILL}
              />
            ) : null,
          )}
        </g>
        <path
          d={stepOutline(initial.edges, initial.counts, x, y)}
          fill="none"
          stroke={INK}
          strokeOpacity={0.55}
          strokeDasharray="4 3"
          data-testid="initial-outline"
        />
        {now.zeros > 0 && (
          <g data-testid="zero-bar">
            <rect
              x={x(0) - zeroW / 2}
              width={zeroW}
              y={y(now.zeros)}
              height={Math.max(0, y.base - y(now.zeros))}
              fill={SERIES.zero}
              stroke={INK}
              strokeWidth={0.75}
            />
            <text x={x(0)} y={y(now.zeros) - 5} textAnchor="middle" fontSize={11} fill={INK}>
              {t('charts.weights.zeroBar', { percent: `${(100 * zeroShare).toFixed(1)}%` })}
            </text>
          </g>
        )}
        <line x1={x(0)} x2={x(0)} y1={0} y2={h} stroke={MUTED} strokeDasharray="2 3" />
        <Axis
          scale={x}
          orient="bottom"
          offset={h}
          ticks={xTicks}
          format={x.tickFormat(xTicks.length)}
          label={t('charts.weights.value')}
          labelGap={32}
        />
      </g>
    </svg>
  );
}

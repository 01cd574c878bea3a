// Weight histograms over epochs as a heat map: one column per stored snapshot (placed at its
// epoch: every epoch early on, sparser later), one row per bin of weight value, darker for more
// weights; above it, the exact zeros of each snapshot as bars of their own (the histogram's
// "exactly 0" bar, over time). Early stopping's epochs and the scrubber's epoch are marked.
import { useEffect, useMemo, useRef } from 'react';
import type { HistogramSeries } from '../../../workers/contract';
import { Axis, tickCount } from '../../charts/axis';
import { INK, SERIES } from '../../charts/palette';
import { useDevicePixelRatio } from '../../charts/useDevicePixelRatio';
import { linearScale } from '../scales';
import type { ViewT } from '../useViewT';

export const HISTORY_MARGIN = { top: 18, right: 16, bottom: 42, left: 58 };
const STRIP = 48;
const GAP = 10;
export const COUNT_COLOUR = [43, 93, 138] as const;

export interface HistoryPlotProps {
  epochs: Int32Array;
  series: HistogramSeries;
  width: number;
  height: number;
  marks: { epoch: number; kind: 'best' | 'stop' | 'shown'; label: string }[];
  label: string;
  t: ViewT;
}

const MARK_STYLE = {
  best: { stroke: '#009E73', dash: '6 3' },
  stop: { stroke: '#D55E00', dash: '2 3' },
  shown: { stroke: INK, dash: undefined },
} as const;

export function HistoryPlot({ epochs, series, width, height, marks, label, t }: HistoryPlotProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = useDevicePixelRatio();
  const w = Math.max(160, width - HISTORY_MARGIN.left - HISTORY_MARGIN.right);
  const heatTop = STRIP + GAP;
  const h = Math.max(120, height - HISTORY_MARGIN.top - HISTORY_MARGIN.bottom);
  const E = epochs.length;
  const last = E > 0 ? epochs[E - 1]! + 1 : 1;
  const x = useMemo(() => linearScale([0, last], [0, w]), [last, w]);
  const y = useMemo(
    () => linearScale([-series.halfWidth, series.halfWidth], [heatTop + h, heatTop]),
    [series.halfWidth, h, heatTop],
  );
  const strip = useMemo(
    () => linearScale([0, Math.max(1, series.total)], [STRIP, 0]),
    [series.total],
  );
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round((heatTop + h) * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, heatTop + h);
    let max = 1;
    for (const c of series.counts) max = Math.max(max, c);
    const [r, g, b] = COUNT_COLOUR;
    for (let e = 0; e < E; e++) {
      const x0 = x(epochs[e]!);
      const x1 = x(e + 1 < E ? epochs[e + 1]! : last);
      const cw = Math.max(1, x1 - x0 + 0.5);
      for (let k = 0; k < series.bins; k++) {
        const c = series.counts[k * E + e]!;
        if (c === 0) continue;
        // √ keeps the thin tails visible beside the crowded bins.
        ctx.fillStyle = `rgba(${r},${g},${b},${(0.12 + 0.88 * Math.sqrt(c / max)).toFixed(3)})`;
        const yTop = y(series.edges[k + 1]!);
        ctx.fillRect(x0, yTop, cw, y(series.edges[k]!) - yTop + 0.5);
      }
      const z = series.zeros[e]!;
      if (z > 0) {
        ctx.fillStyle = SERIES.zero;
        ctx.fillRect(x0, strip(z), cw, STRIP - strip(z));
      }
    }
  }, [epochs, series, x, y, strip, w, h, heatTop, dpr, E, last]);
  const xTicks = x.ticks(tickCount(w, 80));
  const yTicks = y.ticks(5);
  const outerW = w + HISTORY_MARGIN.left + HISTORY_MARGIN.right;
  const outerH = heatTop + h + HISTORY_MARGIN.top + HISTORY_MARGIN.bottom;
  return (
    <div className="boundary-plot" style={{ width: outerW, height: outerH }}>
      <canvas
        ref={ref}
        className="boundary-canvas"
        style={{
          left: HISTORY_MARGIN.left,
          top: HISTORY_MARGIN.top,
          width: w,
          height: heatTop + h,
        }}
        role="img"
        aria-label={label}
      />
      <svg width={outerW} height={outerH} className="chart-overlay" aria-hidden="true">
        <g transform={`translate(${HISTORY_MARGIN.left},${HISTORY_MARGIN.top})`}>
          <rect width={w} height={STRIP} fill="none" stroke="#d0d7de" />
          <rect y={heatTop} width={w} height={h} fill="none" stroke="#d0d7de" />
          <text x={-8} y={STRIP / 2} dy="0.32em" textAnchor="end" fontSize={11}>
            {t('wot.zeroRow')}
          </text>
          <text x={-8} y={10} textAnchor="end" fontSize={10} fill="#57606a">
            {series.total}
          </text>
          <line
            x1={0}
            x2={w}
            y1={y(0)}
            y2={y(0)}
            stroke={INK}
            strokeOpacity={0.35}
            strokeDasharray="2 3"
          />
          {marks.map((m) => {
            const style = MARK_STYLE[m.kind];
            const mx = x(m.epoch + 0.5);
            return (
              <g key={m.kind}>
                <line
                  x1={mx}
                  x2={mx}
                  y1={-4}
                  y2={heatTop + h}
                  stroke={style.stroke}
                  strokeWidth={2}
                  strokeDasharray={style.dash}
                />
                <text
                  x={mx + 3}
                  y={m.kind === 'shown' ? heatTop + 12 : -6}
                  fontSize={11}
                  fill={style.stroke}
                >
                  {m.label}
                </text>
              </g>
            );
          })}
          <Axis
            scale={x}
            orient="bottom"
            offset={heatTop + h}
            ticks={xTicks}
            format={String}
            label={t('wot.x')}
            labelGap={34}
          />
          <Axis
            scale={y}
            orient="left"
            ticks={yTicks}
            format={y.tickFormat(5)}
            label={t('wot.y')}
            labelGap={44}
          />
        </g>
      </svg>
    </div>
  );
}

import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { useMemo } from 'react';
import { Axis } from './axis';
import type { EpochScale } from './epochScale';
import type { Polyline } from './labelPlacement';
import type { CurveData } from './lossSeries';
import { INK } from './palette';
import { polylinePath } from './polylinePath';
import type { ValueScale } from './valueScale';

export const LOSS_MARGIN = { top: 10, right: 16, bottom: 42, left: 56 };

export interface HoverPoint {
  color: string;
  value: number;
}

export interface LossPlotProps {
  id: string;
  curves: CurveData;
  /** The curves' points in the plot's pixels (NaN where a point is not drawn), one per series. */
  drawn: Polyline[];
  x: EpochScale;
  y: ValueScale;
  width: number;
  height: number;
  firstEpoch: number;
  lastEpoch: number;
  hoverEpoch: number | null;
  hoverPoints: HoverPoint[];
  onHover: (epoch: number | null) => void;
  label: string;
  xLabel: string;
  yLabel: string;
  /** Early-stopping marks, drawn under the curves. */
  marks: ReactNode;
}

/** The curves' SVG. Pointer and arrow keys pick the epoch the readout shows. */
export function LossPlot(props: LossPlotProps) {
  const {
    curves,
    drawn,
    x,
    y,
    width: w,
    height: h,
    firstEpoch,
    lastEpoch,
    hoverEpoch,
    onHover,
  } = props;
  // From the pixels LossCurves already computed (the scales are not evaluated twice per point),
  // to a tenth of a pixel: shorter strings to build and for the browser to parse.
  const paths = useMemo(
    () => curves.series.map(({ spec }, k) => ({ spec, d: drawn[k] ? polylinePath(drawn[k]) : '' })),
    [curves, drawn],
  );
  const clamp = (e: number) => Math.max(firstEpoch, Math.min(lastEpoch, Math.round(e)));

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onHover(clamp(x.invert(e.clientX - box.left - LOSS_MARGIN.left)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const big = Math.max(1, Math.round((lastEpoch - firstEpoch) / 20));
    const at = hoverEpoch ?? lastEpoch;
    const next: Record<string, number | null> = {
      ArrowLeft: at - (e.shiftKey ? big : 1),
      ArrowRight: at + (e.shiftKey ? big : 1),
      PageDown: at - big,
      PageUp: at + big,
      Home: firstEpoch,
      End: lastEpoch,
      Escape: null,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    const v = next[e.key]!;
    onHover(v === null ? null : clamp(v));
  };

  const hx = hoverEpoch === null ? null : x(hoverEpoch);
  return (
    <div
      id={props.id}
      role="tabpanel"
      className="chart-plot"
      tabIndex={0}
      aria-label={props.label}
      onPointerMove={onPointerMove}
      onPointerDown={onPointerMove}
      onPointerLeave={() => onHover(null)}
      onKeyDown={onKeyDown}
      data-testid="loss-plot"
    >
      <svg
        width={w + LOSS_MARGIN.left + LOSS_MARGIN.right}
        height={h + LOSS_MARGIN.top + LOSS_MARGIN.bottom}
        aria-hidden="true"
      >
        <g transform={`translate(${LOSS_MARGIN.left},${LOSS_MARGIN.top})`}>
          <Axis
            scale={y}
            orient="left"
            ticks={y.ticks}
            format={y.format}
            label={props.yLabel}
            gridLength={w}
            labelGap={44}
          />
          {props.marks}
          {paths.map(({ spec, d }) => (
            <path
              key={spec.field}
              d={d}
              fill="none"
              stroke={spec.color}
              strokeWidth={2}
              strokeDasharray={spec.dash}
              data-series={spec.field}
            />
          ))}
          {hx !== null && (
            <g data-testid="hover-rule">
              <line x1={hx} x2={hx} y2={h} stroke={INK} strokeOpacity={0.6} />
              {props.hoverPoints
                .filter((p) => Number.isFinite(p.value) && (!y.log || p.value > 0))
                .map((p, i) => (
                  <circle key={i} cx={hx} cy={y(p.value)} r={3.5} fill={p.color} stroke="white" />
                ))}
            </g>
          )}
          <Axis
            scale={x}
            orient="bottom"
            offset={h}
            ticks={x.ticks}
            format={x.format}
            label={props.xLabel}
            labelGap={32}
          />
        </g>
      </svg>
    </div>
  );
}

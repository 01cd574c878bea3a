// The frame every sweep curve shares: a pickable plot over the swept values (PickablePlot) with
// the value axis on the left, the strength axis below and the cursor's line; the chart draws its
// own marks inside. One size rule, so the validation curve and the regularization path line up.
import type { ReactNode } from 'react';
import type { AxisScale } from '../charts/axis';
import { Axis } from '../charts/axis';
import { INK } from '../charts/palette';
import { PickablePlot } from './PickablePlot';
import type { PickablePlotProps } from './PickablePlot';
import { StrengthAxisView } from './StrengthAxisView';

export const CURVE_MARGIN = { top: 24, right: 18, bottom: 46, left: 56 };

/** The plot area of a sweep curve in a chart `width` pixels wide: half as tall as wide, within bounds. */
export function curveSize(width: number): { w: number; h: number } {
  const w = Math.max(160, width - CURVE_MARGIN.left - CURVE_MARGIN.right);
  return { w, h: Math.round(Math.max(170, Math.min(300, w * 0.5))) };
}

export interface SweepPlotProps extends Omit<PickablePlotProps, 'left'> {
  /** The SVG's id, which the chart's tabs control. */
  plotId: string;
  w: number;
  h: number;
  y: AxisScale;
  yTicks: number[];
  yFormat: (value: number) => string;
  yLabel: string;
  xLabel: string;
  children: ReactNode;
}

export function SweepPlot(props: SweepPlotProps) {
  const { w, h, axis, cursor } = props;
  return (
    <PickablePlot {...props} left={CURVE_MARGIN.left}>
      <svg
        id={props.plotId}
        width={w + CURVE_MARGIN.left + CURVE_MARGIN.right}
        height={h + CURVE_MARGIN.top + CURVE_MARGIN.bottom}
        aria-hidden="true"
      >
        <g transform={`translate(${CURVE_MARGIN.left},${CURVE_MARGIN.top})`}>
          <Axis
            scale={props.y}
            orient="left"
            ticks={props.yTicks}
            format={props.yFormat}
            label={props.yLabel}
            gridLength={w}
            labelGap={44}
          />
          <StrengthAxisView axis={axis} height={h} label={props.xLabel} grid={false} />
          {props.children}
          {cursor !== null && (
            <line x1={axis.x(cursor)} x2={axis.x(cursor)} y2={h} stroke={INK} strokeOpacity={0.5} />
          )}
        </g>
      </svg>
    </PickablePlot>
  );
}

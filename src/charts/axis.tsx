// SVG axes rendered by React from a d3 scale's ticks: d3 computes, React owns the elements.
import { memo } from 'react';
import { GRID_LINE, INK, MUTED } from './palette';

export interface AxisScale {
  (value: number): number;
  range(): number[];
}

export interface AxisProps {
  scale: AxisScale;
  orient: 'bottom' | 'left';
  ticks: readonly number[];
  format: (value: number) => string;
  label: string;
  /** Length of grid lines drawn across the plot from each tick (0 = none). */
  gridLength?: number;
  /** Where the axis sits: the plot's height for a bottom axis, 0 for a left one. */
  offset?: number;
  /** Distance from the axis line to its label: room for the widest tick label. */
  labelGap?: number;
}

const TICK = 5;

function AxisSvg(props: AxisProps) {
  const { scale, orient, ticks, format, label, gridLength = 0, offset = 0, labelGap = 30 } = props;
  const [r0 = 0, r1 = 0] = scale.range();
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  const mid = (lo + hi) / 2;
  if (orient === 'bottom') {
    return (
      <g className="chart-axis" transform={`translate(0,${offset})`} fontSize={11} fill={INK}>
        <line x1={lo} x2={hi} stroke={MUTED} />
        {ticks.map((v) => {
          const x = scale(v);
          return (
            <g key={v} transform={`translate(${x},0)`}>
              {gridLength > 0 && <line y1={-gridLength} y2={0} stroke={GRID_LINE} />}
              <line y2={TICK} stroke={MUTED} />
              <text y={TICK + 11} textAnchor="middle">
                {format(v)}
              </text>
            </g>
          );
        })}
        <text x={mid} y={labelGap} textAnchor="middle" className="chart-axis-label">
          {label}
        </text>
      </g>
    );
  }
  return (
    <g className="chart-axis" transform={`translate(${offset},0)`} fontSize={11} fill={INK}>
      <line y1={lo} y2={hi} stroke={MUTED} />
      {ticks.map((v) => {
        const y = scale(v);
        return (
          <g key={v} transform={`translate(0,${y})`}>
            {gridLength > 0 && <line x2={gridLength} stroke={GRID_LINE} />}
            <line x2={-TICK} stroke={MUTED} />
            <text x={-TICK - 3} dy="0.32em" textAnchor="end">
              {format(v)}
            </text>
          </g>
        );
      })}
      <text
        transform={`translate(${-labelGap},${mid}) rotate(-90)`}
        textAnchor="middle"
        className="chart-axis-label"
      >
        {label}
      </text>
    </g>
  );
}

/**
 * The same axis drawn twice: the same ticks at the same pixels with the same labels, on the same
 * range. The charts build a new scale at every chart tick, but the axis only moves when its domain
 * or size does (a histogram's, most ticks of a loss curve's value axis): its 30–60 elements are
 * then not rendered and compared again.
 */
export function sameAxis(a: AxisProps, b: AxisProps): boolean {
  if (
    a.orient !== b.orient ||
    a.label !== b.label ||
    a.gridLength !== b.gridLength ||
    a.offset !== b.offset ||
    a.labelGap !== b.labelGap ||
    a.ticks.length !== b.ticks.length
  ) {
    return false;
  }
  const [a0, a1] = a.scale.range();
  const [b0, b1] = b.scale.range();
  if (a0 !== b0 || a1 !== b1) return false;
  for (let i = 0; i < a.ticks.length; i++) {
    const v = a.ticks[i]!;
    if (v !== b.ticks[i] || a.scale(v) !== b.scale(v) || a.format(v) !== b.format(v)) return false;
  }
  return true;
}

export const Axis = memo(AxisSvg, sameAxis);

/** About one tick per `spacing` pixels, at least two. */
export function tickCount(length: number, spacing: number): number {
  return Math.max(2, Math.round(length / spacing));
}

// The plane of two weights: data-loss contours (every other parameter fixed at its current
// value), the penalty's region through the current point, both minima and the pair's path over
// training. The axes a = 0 and b = 0 are drawn solid: a weight that is exactly 0 puts the point
// on one of them, at the very pixel (the scale maps 0 to the axis line).
import { useId, useMemo } from 'react';
import type { GeometryView, PairTrajectory } from '../../../workers/contract';
import { Axis, tickCount } from '../../charts/axis';
import { contourPath } from '../../charts/boundaryContour';
import { INK } from '../../charts/palette';
import { Mark, VIEW_COLOURS } from '../marks';
import { linearScale } from '../scales';

export const PLANE_MARGIN = { top: 12, right: 14, bottom: 44, left: 58 };
const LEVELS = 10;

export interface PlanePlotProps {
  view: GeometryView;
  trajectory: PairTrajectory;
  size: number;
  aLabel: string;
  bLabel: string;
  label: string;
}

/** Contour levels crowded towards the minimum, where the shapes matter, plus the current one. */
function levels(values: Float64Array, current: number): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi > lo)) return [];
  return Array.from(
    { length: LEVELS - 1 },
    (_, k) => lo + (hi - lo) * ((k + 1) / LEVELS) ** 2,
  ).filter((v) => Math.abs(v - current) > (hi - lo) * 0.01);
}

export function PlanePlot({ view, trajectory, size, aLabel, bLabel, label }: PlanePlotProps) {
  const clipId = `${useId().replace(/[^\w-]/g, '')}-plane`;
  const { grid, current, region, dataMinimum, penalizedMinimum } = view;
  const x = useMemo(() => linearScale(grid.aRange, [0, size]), [grid, size]);
  const y = useMemo(() => linearScale(grid.bRange, [size, 0]), [grid, size]);
  const contours = useMemo(
    () =>
      levels(grid.dataLoss, current.dataLoss).map((v) =>
        contourPath(grid.dataLoss, grid.size, size, v),
      ),
    [grid, current.dataLoss, size],
  );
  const through = useMemo(
    () => contourPath(grid.dataLoss, grid.size, size, current.dataLoss),
    [grid, current.dataLoss, size],
  );
  const regionPath = useMemo(() => {
    if (!region) return '';
    const o = region.outline;
    const parts: string[] = [];
    for (let k = 0; k < o.length; k += 2) parts.push(`${k ? 'L' : 'M'}${x(o[k]!)},${y(o[k + 1]!)}`);
    return `${parts.join('')}Z`;
  }, [region, x, y]);
  const path = useMemo(() => {
    const parts: string[] = [];
    for (let k = 0; k < trajectory.a.length; k++) {
      parts.push(`${k ? 'L' : 'M'}${x(trajectory.a[k]!)},${y(trajectory.b[k]!)}`);
    }
    return parts.join('');
  }, [trajectory, x, y]);
  const inA = (v: number) => v >= grid.aRange[0] && v <= grid.aRange[1];
  const inB = (v: number) => v >= grid.bRange[0] && v <= grid.bRange[1];
  const xTicks = x.ticks(tickCount(size, 70));
  const yTicks = y.ticks(tickCount(size, 60));
  const dataShown = dataMinimum.status === 'converged' && inA(dataMinimum.a) && inB(dataMinimum.b);
  return (
    <svg
      width={size + PLANE_MARGIN.left + PLANE_MARGIN.right}
      height={size + PLANE_MARGIN.top + PLANE_MARGIN.bottom}
      role="img"
      aria-label={label}
      data-testid="geometry-plane"
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={size} height={size} />
        </clipPath>
      </defs>
      <g transform={`translate(${PLANE_MARGIN.left},${PLANE_MARGIN.top})`}>
        <rect width={size} height={size} fill="#fbfbfa" stroke="#d0d7de" />
        <g clipPath={`url(#${clipId})`}>
          {contours.map((d, k) => (
            <path
              key={k}
              d={d}
              fill="none"
              stroke={VIEW_COLOURS.contour}
              strokeOpacity={0.75 - 0.04 * k}
              strokeWidth={1}
            />
          ))}
          <path
            d={through}
            fill="none"
            stroke={VIEW_COLOURS.contour}
            strokeWidth={2.2}
            data-testid="geometry-contour-current"
          />
          {inA(0) && (
            <line
              x1={x(0)}
              x2={x(0)}
              y1={0}
              y2={size}
              stroke={INK}
              strokeWidth={1.2}
              data-testid="geometry-axis-a0"
            />
          )}
          {inB(0) && (
            <line
              x1={0}
              x2={size}
              y1={y(0)}
              y2={y(0)}
              stroke={INK}
              strokeWidth={1.2}
              data-testid="geometry-axis-b0"
            />
          )}
          {regionPath && (
            <path
              d={regionPath}
              fill={VIEW_COLOURS.region}
              fillOpacity={0.12}
              stroke={VIEW_COLOURS.region}
              strokeWidth={2}
              strokeDasharray="6 3"
              data-testid="geometry-region"
            />
          )}
          <path
            d={path}
            fill="none"
            stroke={VIEW_COLOURS.trajectory}
            strokeWidth={1.5}
            strokeDasharray="1 2.5"
            strokeLinecap="round"
          />
          {dataShown && (
            <Mark
              kind="dataMin"
              x={x(dataMinimum.a)}
              y={y(dataMinimum.b)}
              testId="geometry-data-min"
            />
          )}
          <Mark
            kind="penalizedMin"
            x={x(penalizedMinimum.a)}
            y={y(penalizedMinimum.b)}
            testId="geometry-penalized-min"
          />
          <Mark kind="point" x={x(current.a)} y={y(current.b)} testId="geometry-point" />
        </g>
        <Axis
          scale={x}
          orient="bottom"
          offset={size}
          ticks={xTicks}
          format={x.tickFormat(xTicks.length)}
          label={aLabel}
          labelGap={34}
        />
        <Axis
          scale={y}
          orient="left"
          ticks={yTicks}
          format={y.tickFormat(yTicks.length)}
          label={bLabel}
          labelGap={44}
        />
      </g>
    </svg>
  );
}

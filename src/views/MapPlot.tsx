// A map over the data plane (x₁, x₂ over the boundary map's domain): a grid painted on a canvas,
// the data points, and marks (contours) drawn by the caller in pixels of the square plot.
import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import { DOMAIN } from '../../workers/contract';
import { Axis, tickCount } from '../charts/axis';
import { BoundaryPoints } from '../charts/BoundaryPoints';
import type { RunPicture } from '../store/frameStore';
import { GridCanvas } from './GridCanvas';
import { linearScale } from './scales';

export const MAP_MARGIN = { top: 8, right: 10, bottom: 40, left: 40 };

export interface MapPlotProps {
  grid: ArrayLike<number> | undefined;
  n: number;
  lut: Uint8ClampedArray;
  max?: number;
  size: number;
  label: string;
  points?: RunPicture['points'] | undefined;
  children?: ReactNode;
  testId?: string;
}

export function MapPlot({
  grid,
  n,
  lut,
  max,
  size,
  label,
  points,
  children,
  testId,
}: MapPlotProps) {
  const clipId = `${useId().replace(/[^\w-]/g, '')}-map`;
  const x = useMemo(() => linearScale(DOMAIN, [0, size]), [size]);
  const y = useMemo(() => linearScale(DOMAIN, [size, 0]), [size]);
  const ticks = x.ticks(tickCount(size, 60));
  const outerW = size + MAP_MARGIN.left + MAP_MARGIN.right;
  const outerH = size + MAP_MARGIN.top + MAP_MARGIN.bottom;
  const r = Math.max(2, Math.min(4, size / 110));
  return (
    <div className="boundary-plot" style={{ width: outerW, height: outerH }} data-testid={testId}>
      <GridCanvas
        grid={grid}
        n={n}
        size={size}
        left={MAP_MARGIN.left}
        top={MAP_MARGIN.top}
        lut={lut}
        max={max}
        label={label}
      />
      <svg width={outerW} height={outerH} className="chart-overlay" aria-hidden="true">
        <defs>
          <clipPath id={clipId}>
            <rect width={size} height={size} />
          </clipPath>
        </defs>
        <g transform={`translate(${MAP_MARGIN.left},${MAP_MARGIN.top})`}>
          {points && <BoundaryPoints points={points} showTest={false} x={x} y={y} r={r} />}
          <g clipPath={`url(#${clipId})`}>{children}</g>
          <Axis scale={x} orient="bottom" offset={size} ticks={ticks} format={String} label="x₁" />
          <Axis scale={y} orient="left" ticks={ticks} format={String} label="x₂" labelGap={26} />
        </g>
      </svg>
    </div>
  );
}

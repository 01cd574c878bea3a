// A sweep point's decision boundary: its grid painted like the live map's (heatPainter.ts), the
// P = 0.5 line, and the sweep's training (filled) and validation (hollow) points.
import { scaleLinear } from 'd3-scale';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { GridAnswer, SweepExportV1 } from '../../workers/contract';
import { DOMAIN } from '../../workers/contract';
import { Axis } from '../charts/axis';
import { contourPath } from '../charts/boundaryContour';
import { createHeatPainter } from '../charts/heatPainter';
import { INK } from '../charts/palette';
import { PointMark, classColor } from '../charts/pointMarks';

const MARGIN = { top: 6, right: 8, bottom: 34, left: 34 };

export interface PointBoundaryProps {
  grid: GridAnswer;
  data: SweepExportV1['data'] | null;
  size: number;
  label: string;
}

export function PointBoundary({ grid, data, size, label }: PointBoundaryProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const clipId = `${useId().replace(/[^\w-]/g, '')}-clip`;
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    // Sharp on high-density screens; a point's map is painted once, so no resize tracking.
    canvas.width = Math.max(1, Math.round(size * (window.devicePixelRatio || 1)));
    canvas.height = canvas.width;
    createHeatPainter(canvas)?.paint(grid.grid, grid.gridSize);
  }, [grid, size]);
  const x = useMemo(() => scaleLinear().domain(DOMAIN).range([0, size]), [size]);
  const y = useMemo(() => scaleLinear().domain(DOMAIN).range([size, 0]), [size]);
  const d = useMemo(() => contourPath(grid.grid, grid.gridSize, size), [grid, size]);
  const r = Math.max(2.5, Math.min(4, size / 90));
  const ticks = x.ticks(5);
  return (
    <div
      className="boundary-plot"
      style={{ width: size + MARGIN.left + MARGIN.right }}
      data-testid="sweep-point-boundary"
    >
      <canvas
        ref={ref}
        className="boundary-canvas"
        style={{ left: MARGIN.left, top: MARGIN.top, width: size, height: size }}
        role="img"
        aria-label={label}
      />
      <svg
        width={size + MARGIN.left + MARGIN.right}
        height={size + MARGIN.top + MARGIN.bottom}
        aria-hidden="true"
        style={{ position: 'relative' }}
      >
        <defs>
          <clipPath id={clipId}>
            <rect width={size} height={size} />
          </clipPath>
        </defs>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <g clipPath={`url(#${clipId})`}>
            <path d={d} fill="none" stroke="white" strokeWidth={4} strokeLinejoin="round" />
            <path d={d} fill="none" stroke={INK} strokeWidth={2} strokeLinejoin="round" />
          </g>
          {data &&
            (['train', 'val'] as const).flatMap((split) =>
              data[split].map((p, i) => (
                <PointMark
                  key={`${split}${i}`}
                  split={split}
                  cx={x(p[0])}
                  cy={y(p[1])}
                  r={r}
                  color={classColor(p[2])}
                />
              )),
            )}
          <Axis
            scale={x}
            orient="bottom"
            offset={size}
            ticks={ticks}
            format={String}
            label="x1"
            labelGap={28}
          />
          <Axis scale={y} orient="left" ticks={ticks} format={String} label="x2" labelGap={22} />
        </g>
      </svg>
    </div>
  );
}

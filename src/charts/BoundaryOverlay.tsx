import { useMemo } from 'react';
import { useBoundaryPicture } from '../store/frameStore';
import { contourPath, GRID_CONTOUR_DECIMALS } from './boundaryContour';
import { INK } from './palette';
import { WrongMark } from './pointMarks';
import { useMisclassified } from './useMisclassified';

export interface BoundaryOverlayProps {
  runId: string;
  size: number;
  showTest: boolean;
  x: (v: number) => number;
  y: (v: number) => number;
  r: number;
  /** Clip path of the plot area: the contour runs half a cell past the edge. */
  clipPath: string;
}

/**
 * What changes every frame on top of the points: the P = 0.5 line and the ring around misclassified
 * points. It follows the boundary's picture (boundaryPicture): at most once per animation frame,
 * every other frame with three or four runs side by side.
 */
export function BoundaryOverlay(props: BoundaryOverlayProps) {
  const { runId, size, showTest, x, y, r, clipPath } = props;
  const picture = useBoundaryPicture(runId);
  const grid = picture?.grid;
  const n = picture?.gridSize ?? 0;
  const points = picture?.points;
  const wrong = useMisclassified(runId);
  // In grid cells, scaled to the plot below: the worker's for live frames, else drawn here.
  const contour = picture?.contour;
  const d = useMemo(
    () => contour ?? (grid ? contourPath(grid, n, n, 0.5, GRID_CONTOUR_DECIMALS) : ''),
    [contour, grid, n],
  );
  const scale = n > 0 ? `scale(${size / n})` : undefined;
  if (!points) return null;
  const splits = showTest ? (['train', 'val', 'test'] as const) : (['train', 'val'] as const);
  return (
    <g className="boundary-overlay">
      <g clipPath={clipPath}>
        <path
          d={d}
          transform={scale}
          vectorEffect="non-scaling-stroke"
          fill="none"
          stroke="white"
          strokeWidth={4}
          strokeLinejoin="round"
        />
        <path
          d={d}
          transform={scale}
          vectorEffect="non-scaling-stroke"
          fill="none"
          stroke={INK}
          strokeWidth={2}
          strokeLinejoin="round"
          data-testid="boundary-contour"
        />
      </g>
      <g data-testid="misclassified-marks">
        {splits.flatMap((split) =>
          wrong[split].map((i) => {
            const p = points[split][i]!;
            return <WrongMark key={`${split}${i}`} cx={x(p[0])} cy={y(p[1])} r={r} />;
          }),
        )}
      </g>
    </g>
  );
}

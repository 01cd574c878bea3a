import { useMemo } from 'react';
import { useBoundaryPicture } from '../store/frameStore';
import { contourPath, GRID_CONTOUR_DECIMALS } from './boundaryContour';
import { INK } from './palette';

export interface BoundaryOverlayProps {
  runId: string;
  size: number;
  /** Clip path of the plot area: the contour runs half a cell past the edge. */
  clipPath: string;
}

/**
 * The P = 0.5 line, which changes every frame on top of the points. It follows the boundary's
 * picture (boundaryPicture): at most once per animation frame, every other frame with three or
 * four runs side by side. The rings around misclassified points are painted on a canvas above
 * (WrongMarksCanvas).
 */
export function BoundaryOverlay(props: BoundaryOverlayProps) {
  const { runId, size, clipPath } = props;
  const picture = useBoundaryPicture(runId);
  const grid = picture?.grid;
  const n = picture?.gridSize ?? 0;
  // In grid cells, scaled to the plot below: the worker's for live frames, else drawn here.
  const contour = picture?.contour;
  const d = useMemo(
    () => contour ?? (grid ? contourPath(grid, n, n, 0.5, GRID_CONTOUR_DECIMALS) : ''),
    [contour, grid, n],
  );
  const scale = n > 0 ? `scale(${size / n})` : undefined;
  if (!picture) return null;
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
    </g>
  );
}

import { useEffect, useRef } from 'react';
import { boundaryPicture, frameStore } from '../store/frameStore';
import { createHeatPainter } from './heatPainter';
import { paintFollowingWhenSeen } from './paintWhenSeen';
import { useDevicePixelRatio } from './useDevicePixelRatio';

export interface BoundaryCanvasProps {
  runId: string;
  /** CSS pixels of the square plot. */
  size: number;
  left: number;
  top: number;
  label: string;
}

/**
 * The heat map. It repaints from a frame-store subscription, so a frame never re-renders React
 * (with three or four runs, each repaints every other frame while training: boundaryPicture),
 * and not while scrolled out of sight (paintWhenSeen);
 * the backing store is sized for devicePixelRatio so edges stay crisp on projectors and phones.
 */
export function BoundaryCanvas({ runId, size, left, top, label }: BoundaryCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = useDevicePixelRatio();
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    canvas.width = Math.max(1, Math.round(size * dpr));
    canvas.height = canvas.width;
    const painter = createHeatPainter(canvas);
    if (!painter) return;
    let painted: Float32Array | null = null;
    return paintFollowingWhenSeen(canvas, frameStore.subscribe, () => {
      const f = boundaryPicture(frameStore.getState(), runId);
      if (!f || f.grid === painted) return;
      painter.paint((painted = f.grid), f.gridSize);
    });
  }, [runId, size, dpr]);
  return (
    <canvas
      ref={ref}
      className="boundary-canvas"
      style={{ left, top, width: size, height: size }}
      role="img"
      aria-label={label}
      data-testid="boundary-canvas"
    />
  );
}

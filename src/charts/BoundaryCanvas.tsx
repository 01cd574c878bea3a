import { useEffect, useRef } from 'react';
import { frameStore } from '../store/frameStore';
import { createHeatPainter } from './heatPainter';
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
 * The heat map. It repaints from a frame-store subscription, so a frame never re-renders React;
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
    const current = frameStore.getState().frames[runId];
    if (current) painter.paint(current.grid, current.gridSize);
    return frameStore.subscribe((state, prev) => {
      const f = state.frames[runId];
      if (f && f !== prev.frames[runId]) painter.paint(f.grid, f.gridSize);
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

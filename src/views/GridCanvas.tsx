// A grid of values painted on a canvas through a colour table (the boundary map's way: the grid
// at its own resolution on an offscreen canvas, scaled up smoothly), under an SVG of marks.
import { useEffect, useRef } from 'react';
import { useDevicePixelRatio } from '../charts/useDevicePixelRatio';
import { paintGrid } from './colourTables';

export interface GridCanvasProps {
  grid: ArrayLike<number> | undefined;
  n: number;
  size: number;
  left: number;
  top: number;
  /** 256 RGBA entries for values 0…1 (values are scaled by 1/max first). */
  lut: Uint8ClampedArray;
  max?: number;
  label: string;
}

export function GridCanvas({ grid, n, size, left, top, lut, max = 1, label }: GridCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = useDevicePixelRatio();
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !grid || n < 1 || grid.length < n * n) return;
    canvas.width = Math.max(1, Math.round(size * dpr));
    canvas.height = canvas.width;
    const off = document.createElement('canvas');
    off.width = n;
    off.height = n;
    const offCtx = off.getContext('2d');
    if (!offCtx) return;
    const image = offCtx.createImageData(n, n);
    paintGrid(grid, lut, max, image.data);
    offCtx.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(off, 0, 0, canvas.width, canvas.height);
  }, [grid, n, size, dpr, lut, max]);
  return (
    <canvas
      ref={ref}
      className="boundary-canvas"
      style={{ left, top, width: size, height: size }}
      role="img"
      aria-label={label}
    />
  );
}

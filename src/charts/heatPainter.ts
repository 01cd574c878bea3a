// Paints decision grids onto a canvas, outside React. The grid goes into an ImageData at grid
// resolution on a small offscreen canvas, which drawImage scales to the visible canvas with
// smoothing: a 100 × 100 grid costs 10⁴ table reads per frame whatever the screen size.
import { buildHeatLut, gridToRgba } from './heatmap';

export interface HeatPainter {
  paint(grid: Float32Array, n: number): void;
}

const LUT = buildHeatLut();

/** Null where the canvas has no 2D context (jsdom, or a browser out of canvas memory). */
export function createHeatPainter(canvas: HTMLCanvasElement): HeatPainter | null {
  const ctx = canvas.getContext('2d');
  const offscreen = document.createElement('canvas');
  const off = offscreen.getContext('2d');
  if (!ctx || !off) return null;
  let image: ImageData | null = null;
  return {
    paint(grid, n) {
      if (n < 1 || grid.length < n * n) return;
      if (!image || image.width !== n) {
        offscreen.width = n;
        offscreen.height = n;
        image = off.createImageData(n, n);
      }
      gridToRgba(grid, LUT, image.data);
      off.putImageData(image, 0, 0);
      // Cell centres land on the cell centres of the plot: pixel j spans [j, j + 1] · size / n.
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(offscreen, 0, 0, canvas.width, canvas.height);
    },
  };
}

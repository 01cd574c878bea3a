// The rings around misclassified points, painted on a canvas of their own. As SVG they were a few
// hundred elements that React reconciled and Chromium re-recorded on every boundary frame (with
// four runs side by side, two boundaries a frame); painted, they cost one pass of arcs and no
// React at all. They look as WrongMark does in the key: a dark ring with a white halo, just
// outside the point so its class colour stays visible.
import { INK } from './palette';
import { wrongRingRadius } from './pointMarks';

/** The rings' centres in the plot's CSS pixels. */
export interface RingCentres {
  x: number[];
  y: number[];
}

/** The 2D context calls the painter makes (a test can record them). */
export type MarksContext = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'clearRect' | 'beginPath' | 'moveTo' | 'arc' | 'stroke'
> & { lineWidth: number; strokeStyle: string | CanvasGradient | CanvasPattern };

/** Halo, then ring: the widths and colours of WrongMark's two circles. */
export const RING_STROKES = [
  { width: 3, color: 'white' },
  { width: 1.5, color: INK },
] as const;

/**
 * Clears the canvas and draws a ring of radius wrongRingRadius(r) around every centre. `scale`
 * is the backing store's pixels per CSS pixel (devicePixelRatio). All halos go first, so one
 * ring's halo never cuts through a neighbour's ring, as with the SVG marks drawn one by one it
 * could; each pass is one path, one stroke.
 */
export function paintRings(
  ctx: MarksContext,
  canvasPx: number,
  centres: RingCentres,
  r: number,
  scale: number,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvasPx, canvasPx);
  const n = centres.x.length;
  if (n === 0) return;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  const ring = wrongRingRadius(r);
  for (const { width, color } of RING_STROKES) {
    ctx.beginPath();
    for (let i = 0; i < n; i++) {
      const cx = centres.x[i]!;
      const cy = centres.y[i]!;
      ctx.moveTo(cx + ring, cy);
      ctx.arc(cx, cy, ring, 0, 2 * Math.PI);
    }
    ctx.lineWidth = width;
    ctx.strokeStyle = color;
    ctx.stroke();
  }
}

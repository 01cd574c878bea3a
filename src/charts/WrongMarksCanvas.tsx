import { useEffect, useRef } from 'react';
import { boundaryPicture, frameStore } from '../store/frameStore';
import type { RunPicture } from '../store/frameStore';
import { misclassifiedOf } from './useMisclassified';
import { paintFollowingWhenSeen } from './paintWhenSeen';
import { useDevicePixelRatio } from './useDevicePixelRatio';
import { wrongRingRadius } from './pointMarks';
import type { RingCentres } from './wrongMarks';
import { paintRings } from './wrongMarks';

export interface WrongMarksCanvasProps {
  runId: string;
  /** CSS pixels of the square plot. */
  size: number;
  left: number;
  top: number;
  showTest: boolean;
  x: (v: number) => number;
  y: (v: number) => number;
  r: number;
}

/** The misclassified points' centres, in the plot's pixels. */
export function ringCentres(
  picture: RunPicture,
  showTest: boolean,
  x: (v: number) => number,
  y: (v: number) => number,
): RingCentres {
  const wrong = misclassifiedOf(picture);
  const out: RingCentres = { x: [], y: [] };
  for (const split of showTest
    ? (['train', 'val', 'test'] as const)
    : (['train', 'val'] as const)) {
    for (const i of wrong[split]) {
      const p = picture.points[split][i]!;
      out.x.push(x(p[0]));
      out.y.push(y(p[1]));
    }
  }
  return out;
}

/**
 * The rings around misclassified points, over the contour. Like the heat map it repaints from a
 * frame-store subscription (the boundary's picture), so a frame never re-renders React for them,
 * and skips its paints while out of sight (paintWhenSeen).
 * The canvas reaches a ring's width past the plot on every side, so a ring at the edge is whole.
 */
export function WrongMarksCanvas({
  runId,
  size,
  left,
  top,
  showTest,
  x,
  y,
  r,
}: WrongMarksCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = useDevicePixelRatio();
  const pad = Math.ceil(wrongRingRadius(r) + 2);
  const css = size + 2 * pad;
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    canvas.width = Math.max(1, Math.round(css * dpr));
    canvas.height = canvas.width;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const px = (v: number) => x(v) + pad;
    const py = (v: number) => y(v) + pad;
    let painted: RunPicture | undefined | null = null;
    return paintFollowingWhenSeen(canvas, frameStore.subscribe, () => {
      const picture = boundaryPicture(frameStore.getState(), runId);
      if (picture === painted) return;
      painted = picture;
      const centres = picture ? ringCentres(picture, showTest, px, py) : { x: [], y: [] };
      paintRings(ctx, canvas.width, centres, r, canvas.width / css);
    });
  }, [runId, css, pad, dpr, showTest, x, y, r]);
  return (
    <canvas
      ref={ref}
      className="boundary-marks"
      style={{ left: left - pad, top: top - pad, width: css, height: css }}
      aria-hidden="true"
      data-testid="misclassified-marks"
    />
  );
}

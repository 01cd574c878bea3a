// Editing the data by hand: the custom dataset's points as the user adds and removes them. Pure
// functions over [x1, x2, label] rows; the component turns clicks into data coordinates.
import type { ConfigV1, Point } from '../../workers/contract';
import { DOMAIN } from '../../workers/contract';
import { MAX_POINTS } from '../../workers/contract';

/** The most points a hand-made dataset may hold: the limit validation enforces for links and files. */
export { MAX_POINTS };

/** Clamped to the data domain and rounded to 3 decimals, which keeps links short. */
export function roundCoordinate(v: number): number {
  const clamped = Math.min(DOMAIN[1], Math.max(DOMAIN[0], v));
  return Math.round(clamped * 1000) / 1000 + 0; // + 0 turns -0 into 0
}

export interface SplitPoints {
  train: Point[];
  val: Point[];
  test: Point[];
}

/**
 * The points the first edit starts from. A custom dataset's own points; otherwise every split's
 * points as the run shows them, input and label noise already applied (so the edited config sets
 * labelNoise to 0 rather than flip labels a second time).
 */
export function startingPoints(config: ConfigV1, shown: SplitPoints | undefined): Point[] {
  if (config.data.dataset === 'custom' && config.data.points) {
    return config.data.points.map((p) => [p[0], p[1], p[2]]);
  }
  if (!shown) return [];
  return [...shown.train, ...shown.val, ...shown.test].map((p) => [
    roundCoordinate(p[0]),
    roundCoordinate(p[1]),
    p[2],
  ]);
}

/** The index of the point nearest (x1, x2) within `radius` data units, or -1. */
export function pointNear(
  points: readonly Point[],
  x1: number,
  x2: number,
  radius: number,
): number {
  let best = -1;
  let bestD = radius * radius;
  points.forEach((p, i) => {
    const d = (p[0] - x1) ** 2 + (p[1] - x2) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

export type PointEdit =
  { kind: 'added'; points: Point[] } | { kind: 'removed'; points: Point[] } | { kind: 'full' };

/** A click at (x1, x2): removes the point under it, or adds one of class `label`. */
export function clickPoint(
  points: readonly Point[],
  x1: number,
  x2: number,
  label: 0 | 1,
  radius: number,
): PointEdit {
  const hit = pointNear(points, x1, x2, radius);
  if (hit >= 0) return { kind: 'removed', points: points.filter((_, i) => i !== hit) };
  if (points.length >= MAX_POINTS) return { kind: 'full' };
  return {
    kind: 'added',
    points: [...points, [roundCoordinate(x1), roundCoordinate(x2), label]],
  };
}

/** Makes the config train on `points` (the dataset becomes 'custom'). */
export function setCustomPoints(draft: ConfigV1, points: Point[]): void {
  if (draft.data.dataset !== 'custom') draft.data.labelNoise = 0;
  draft.data.dataset = 'custom';
  draft.data.points = points;
}

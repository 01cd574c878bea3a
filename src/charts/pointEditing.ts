// Editing the data by hand: the custom dataset's points as the user adds and removes them. Pure
// functions over [x1, x2, label(, split)] rows; the component turns clicks and keys into data
// coordinates.
//
// Each point keeps its split. The first edit of a generated dataset writes every point with the
// split the run gave it ([x1, x2, label, split], config v1's optional fourth element), and a new
// point names the split the user chose, so an edit never moves the other points to another split.
// The run still starts over on each edit (see docs/config.md, "Your own points").
import type { ConfigV1, CustomPoint, Point, PointSplit } from '../../workers/contract';
import { DOMAIN, MAX_POINTS } from '../../workers/contract';

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

const SPLITS: readonly PointSplit[] = ['train', 'val', 'test'];
const key = (x1: number, x2: number) => `${x1} ${x2}`;

/**
 * Custom rows with every row's split written out, read from the run's split points (matched by
 * coordinates: label noise may have flipped a label, never moved a point). Rows stay as they are
 * unless every row without a split is found: pinning only some would move the others.
 */
export function pinSplits(
  rows: readonly CustomPoint[],
  shown: SplitPoints | undefined,
): CustomPoint[] {
  const copy = rows.map((p): CustomPoint => [...p]);
  if (!shown || copy.every((p) => p.length === 4)) return copy;
  const splitsAt = new Map<string, PointSplit[]>();
  for (const split of SPLITS) {
    for (const p of shown[split]) {
      const k = key(p[0], p[1]);
      splitsAt.set(k, [...(splitsAt.get(k) ?? []), split]);
    }
  }
  // Points pinned already are in the run's splits too: take them out first.
  for (const p of copy) {
    const list = p.length === 4 ? splitsAt.get(key(p[0], p[1])) : undefined;
    const at = list?.indexOf(p[3]!) ?? -1;
    if (at >= 0) list!.splice(at, 1);
  }
  const pinned: CustomPoint[] = [];
  for (const p of copy) {
    const split = p.length === 4 ? p[3] : splitsAt.get(key(p[0], p[1]))?.shift();
    if (!split) return copy;
    pinned.push([p[0], p[1], p[2], split]);
  }
  return pinned;
}

/**
 * The points the first edit starts from. A custom dataset's own points; otherwise every split's
 * points as the run shows them, input and label noise already applied (so the edited config sets
 * labelNoise to 0 rather than flip labels a second time). Each keeps the split it is in.
 */
export function startingPoints(config: ConfigV1, shown: SplitPoints | undefined): CustomPoint[] {
  if (config.data.dataset === 'custom' && config.data.points) {
    return pinSplits(config.data.points, shown);
  }
  if (!shown) return [];
  return SPLITS.flatMap((split) =>
    shown[split].map((p): CustomPoint => [
      roundCoordinate(p[0]),
      roundCoordinate(p[1]),
      p[2],
      split,
    ]),
  );
}

/** The index of the point nearest (x1, x2) within `radius` data units, or -1. */
export function pointNear(
  points: readonly CustomPoint[],
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
  | { kind: 'added'; points: CustomPoint[]; point: CustomPoint }
  | { kind: 'removed'; points: CustomPoint[]; point: CustomPoint }
  | { kind: 'full' }
  | { kind: 'none' };

/** Adds a point of class `label` at (x1, x2) to `split`, unless the dataset is full. */
export function addPoint(
  points: readonly CustomPoint[],
  x1: number,
  x2: number,
  label: 0 | 1,
  split: PointSplit,
): PointEdit {
  if (points.length >= MAX_POINTS) return { kind: 'full' };
  const point: CustomPoint = [roundCoordinate(x1), roundCoordinate(x2), label, split];
  return { kind: 'added', points: [...points, point], point };
}

/** Removes the point nearest (x1, x2) within `radius`; 'none' when no point is that close. */
export function removeNear(
  points: readonly CustomPoint[],
  x1: number,
  x2: number,
  radius: number,
): PointEdit {
  const hit = pointNear(points, x1, x2, radius);
  if (hit < 0) return { kind: 'none' };
  return { kind: 'removed', points: points.filter((_, i) => i !== hit), point: points[hit]! };
}

/** A click at (x1, x2): removes the point under it, or adds one of class `label` to `split`. */
export function clickPoint(
  points: readonly CustomPoint[],
  x1: number,
  x2: number,
  label: 0 | 1,
  radius: number,
  split: PointSplit = 'train',
): PointEdit {
  const removed = removeNear(points, x1, x2, radius);
  return removed.kind === 'removed' ? removed : addPoint(points, x1, x2, label, split);
}

export { setCustomPoints } from './customPoints';

export interface Crosshair {
  x1: number;
  x2: number;
}

/** Steps of the keyboard crosshair, in data units: arrow keys, and with Shift. */
export const CROSSHAIR_STEP = 0.25;
export const CROSSHAIR_BIG_STEP = 1;

/** Where an arrow key moves the crosshair (clamped to the domain), or null for another key. */
export function moveCrosshair(at: Crosshair, key: string, big: boolean): Crosshair | null {
  const step = big ? CROSSHAIR_BIG_STEP : CROSSHAIR_STEP;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, step],
    ArrowDown: [0, -step],
  };
  const move = moves[key];
  if (!move) return null;
  return { x1: roundCoordinate(at.x1 + move[0]), x2: roundCoordinate(at.x2 + move[1]) };
}

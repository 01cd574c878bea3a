// The toy datasets. Points lie in the domain [-6, 6]²; each generator decides the label from the
// clean point and only then adds input noise, so noise makes the classes overlap (as in the
// classic demos) instead of moving the true boundary.
import type { DataConfig, DatasetKind, Point, PointSplit } from './config';
import { DOMAIN } from './config';
import type { Rng } from './rng';
import { cos, sin } from './detMath';

type Generator = (n: number, rng: Rng) => Point[];

const TWO_PI = 2 * Math.PI;

function circle(n: number, rng: Rng): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i < n; i++) {
    const inner = i < n / 2;
    // Inner disc r < 2, outer ring 3 < r < 5: a gap of one unit separates the clean classes.
    const r = inner ? 2 * Math.sqrt(rng.float()) : 3 + 2 * rng.float();
    const a = TWO_PI * rng.float();
    pts.push([r * cos(a), r * sin(a), inner ? 1 : 0]);
  }
  return pts;
}

function xor(n: number, rng: Rng): Point[] {
  const pts: Point[] = [];
  const pad = 0.3;
  for (let i = 0; i < n; i++) {
    // Keep clean points a little away from the axes so the quadrants are unambiguous.
    let x1 = rng.uniform(-5, 5);
    let x2 = rng.uniform(-5, 5);
    x1 += x1 > 0 ? pad : -pad;
    x2 += x2 > 0 ? pad : -pad;
    pts.push([x1, x2, x1 * x2 > 0 ? 1 : 0]);
  }
  return pts;
}

function gaussian(n: number, rng: Rng): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i < n; i++) {
    const positive = i < n / 2;
    const c = positive ? 2 : -2;
    pts.push([c + rng.normal(), c + rng.normal(), positive ? 1 : 0]);
  }
  return pts;
}

function spiral(n: number): Point[] {
  const pts: Point[] = [];
  const half = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const positive = i < half;
    const k = positive ? i : i - half;
    const count = positive ? half : n - half;
    const t = count > 1 ? k / (count - 1) : 0;
    // Two interleaved arms, 1.75 turns each, radius growing to 5.
    const r = 5 * t;
    const a = 1.75 * TWO_PI * t + (positive ? 0 : Math.PI);
    pts.push([r * sin(a), r * cos(a), positive ? 1 : 0]);
  }
  return pts;
}

function moons(n: number, rng: Rng): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i < n; i++) {
    const upper = i < n / 2;
    const a = Math.PI * rng.float();
    // The two half circles of the classic "moons" problem, centred and scaled to the domain.
    const mx = upper ? cos(a) : 1 - cos(a);
    const my = upper ? sin(a) : 0.5 - sin(a);
    pts.push([2.5 * (mx - 0.5), 2.5 * (my - 0.25), upper ? 1 : 0]);
  }
  return pts;
}

const GENERATORS: Record<Exclude<DatasetKind, 'custom'>, Generator> = {
  circle,
  xor,
  gaussian,
  spiral,
  moons,
};

function clampToDomain(v: number): number {
  return v < DOMAIN[0] ? DOMAIN[0] : v > DOMAIN[1] ? DOMAIN[1] : v;
}

/** The whole dataset before splitting: generated (or custom), with input and label noise. */
export function generatePoints(data: DataConfig, rng: Rng): Point[] {
  let pts: Point[];
  if (data.dataset === 'custom') {
    pts = (data.points ?? []).map((p) => [p[0], p[1], p[2]]);
  } else {
    pts = GENERATORS[data.dataset](data.samples, rng.fork('points'));
    const noise = rng.fork('noise');
    // Clamped even without noise: a gaussian blob's tail can reach past the domain's edge.
    for (const p of pts) {
      p[0] = clampToDomain(data.noise > 0 ? p[0] + data.noise * noise.normal() : p[0]);
      p[1] = clampToDomain(data.noise > 0 ? p[1] + data.noise * noise.normal() : p[1]);
    }
  }
  flipLabels(pts, data.labelNoise, rng.fork('labels'));
  return pts;
}

/** Flip exactly round(fraction·n) labels, chosen at random: noisy labels invite overfitting. */
function flipLabels(pts: Point[], fraction: number, rng: Rng): void {
  const count = Math.round(fraction * pts.length);
  if (count === 0) return;
  const order = Int32Array.from(pts.keys());
  rng.shuffle(order);
  for (let i = 0; i < count; i++) {
    const p = pts[order[i]!]!;
    p[2] = 1 - p[2];
  }
}

export interface SplitPoints {
  train: Point[];
  val: Point[];
  test: Point[];
}

/**
 * The split each custom row names (its optional fourth element), or undefined when no row names
 * one, or the dataset is generated (its rows are then unused).
 */
export function pinnedSplits(data: DataConfig): (PointSplit | undefined)[] | undefined {
  if (data.dataset !== 'custom' || !data.points?.some((p) => p.length === 4)) return undefined;
  return data.points.map((p) => p[3]);
}

/**
 * Shuffle, then cut by the split fractions (train first, test takes the remainder). Rows that
 * name their split (`pinned`) keep it, in their order, ahead of the rest, and only the rest is
 * shuffled and cut: adding or removing a pinned point moves no other point to another split.
 * Without pins this is the plain shuffle and cut, to the bit.
 */
export function splitPoints(
  pts: Point[],
  split: DataConfig['split'],
  rng: Rng,
  pinned?: readonly (PointSplit | undefined)[],
): SplitPoints {
  const out: SplitPoints = { train: [], val: [], test: [] };
  const free: number[] = [];
  pts.forEach((p, i) => {
    const s = pinned?.[i];
    if (s) out[s].push(p);
    else free.push(i);
  });
  const order = Int32Array.from(free);
  rng.shuffle(order);
  const n = order.length;
  const nTrain = n === 0 ? 0 : Math.max(1, Math.round(split.train * n));
  const nVal = Math.min(n - nTrain, Math.round(split.val * n));
  const pick = (into: Point[], from: number, to: number): void => {
    for (let i = from; i < to; i++) into.push(pts[order[i]!]!);
  };
  pick(out.train, 0, nTrain);
  pick(out.val, nTrain, nTrain + nVal);
  pick(out.test, nTrain + nVal, n);
  return out;
}

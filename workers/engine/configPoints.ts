// data.points, the rows of the 'custom' dataset: each one checked, and their count bounded before
// any is read, so a link or file with a million points is refused at once.
import type { CustomPoint } from './config';
import { DOMAIN, POINT_SPLITS } from './config';
import { MAX_POINTS, MIN_CUSTOM_POINTS } from './configLimits';
import { ConfigError, describe } from './configReader';

const isSplit = (v: unknown): v is CustomPoint[3] & string =>
  (POINT_SPLITS as readonly unknown[]).includes(v);

export function readPoints(value: unknown): CustomPoint[] {
  const path = 'data.points';
  if (!Array.isArray(value)) {
    throw new ConfigError(
      path,
      `${path} must be a list of [x1, x2, label] rows (got ${describe(value)}).`,
    );
  }
  if (value.length > MAX_POINTS) {
    throw new ConfigError(
      path,
      `${path} must hold at most ${MAX_POINTS} points (got ${value.length}).`,
    );
  }
  const [lo, hi] = DOMAIN;
  return value.map((row: unknown, i): CustomPoint => {
    const at = `${path}[${i}]`;
    if (!Array.isArray(row) || (row.length !== 3 && row.length !== 4)) {
      throw new ConfigError(
        at,
        `${at} must be a row [x1, x2, label] or [x1, x2, label, split] (got ${describe(row)}).`,
      );
    }
    const [x1, x2, label, split] = row as unknown[];
    for (const [name, x] of [
      ['x1', x1],
      ['x2', x2],
    ] as const) {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < lo || x > hi) {
        throw new ConfigError(
          at,
          `${at}: ${name} must be a number from ${lo} to ${hi}, the data domain (got ${describe(x)}).`,
        );
      }
    }
    if (label !== 0 && label !== 1) {
      throw new ConfigError(at, `${at}: the label must be 0 or 1 (got ${describe(label)}).`);
    }
    if (row.length === 3) return [x1 as number, x2 as number, label];
    if (!isSplit(split)) {
      throw new ConfigError(
        at,
        `${at}: the split must be "train", "val" or "test" (got ${describe(split)}).`,
      );
    }
    return [x1 as number, x2 as number, label, split];
  });
}

/** What the 'custom' dataset needs beyond valid rows: enough of them, of both classes. */
export function checkCustomPoints(points: CustomPoint[] | undefined): void {
  const path = 'data.points';
  if (points === undefined) {
    throw new ConfigError(
      path,
      `${path} is required when data.dataset is 'custom': give a list of [x1, x2, label] rows.`,
    );
  }
  if (points.length < MIN_CUSTOM_POINTS) {
    throw new ConfigError(
      path,
      `${path} must hold at least ${MIN_CUSTOM_POINTS} points for the 'custom' dataset (got ${points.length}).`,
    );
  }
  const ones = points.filter((p) => p[2] === 1).length;
  if (ones === 0 || ones === points.length) {
    throw new ConfigError(
      path,
      `${path} must contain both classes, label 0 and label 1 (got only label ${ones === 0 ? 0 : 1}).`,
    );
  }
  // Rows without a split are cut by data.split, which always gives training at least one of
  // them; rows that all name another split would leave training with none.
  if (points.every((p) => p[3] === 'val' || p[3] === 'test')) {
    throw new ConfigError(
      path,
      `${path} must leave at least one point for training: every row names the split "val" or "test".`,
    );
  }
}

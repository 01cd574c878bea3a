// data.points, the rows of the 'custom' dataset: each one checked, and their count bounded before
// any is read, so a link or file with a million points is refused at once.
import type { Point } from './config';
import { DOMAIN } from './config';
import { MAX_POINTS, MIN_CUSTOM_POINTS } from './configLimits';
import { ConfigError, describe } from './configReader';

export function readPoints(value: unknown): Point[] {
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
  return value.map((row: unknown, i): Point => {
    const at = `${path}[${i}]`;
    if (!Array.isArray(row) || row.length !== 3) {
      throw new ConfigError(at, `${at} must be a row [x1, x2, label] (got ${describe(row)}).`);
    }
    const [x1, x2, label] = row as unknown[];
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
    return [x1 as number, x2 as number, label];
  });
}

/** What the 'custom' dataset needs beyond valid rows: enough of them, of both classes. */
export function checkCustomPoints(points: Point[] | undefined): void {
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
}

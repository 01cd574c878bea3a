import { describe, expect, it } from 'vitest';
import type { Point } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import { MAX_POINTS as VALIDATED_MAX, validateConfig } from '../../workers/contract';
import {
  MAX_POINTS,
  clickPoint,
  roundCoordinate,
  setCustomPoints,
  startingPoints,
} from './pointEditing';

const FOUR: Point[] = [
  [-2, -2, 0],
  [-1, -2, 0],
  [2, 2, 1],
  [1, 2, 1],
];

describe('point editing', () => {
  it('rounds to 3 decimals and clamps to the data domain', () => {
    expect(roundCoordinate(1.23456)).toBe(1.235);
    expect(roundCoordinate(-7)).toBe(-6);
    expect(roundCoordinate(9.9)).toBe(6);
    expect(Object.is(roundCoordinate(-0.0001), 0)).toBe(true);
  });

  it('starts from every split of a generated dataset, and from a custom dataset its own points', () => {
    const c = defaultConfig();
    const shown = { train: [FOUR[0]!], val: [FOUR[1]!], test: [[0.12345, 0, 1] as Point] };
    expect(startingPoints(c, shown)).toEqual([FOUR[0], FOUR[1], [0.123, 0, 1]]);
    setCustomPoints(c, FOUR);
    expect(startingPoints(c, shown)).toEqual(FOUR);
  });

  it('adds a point where nothing is near, and removes the point under a click', () => {
    const added = clickPoint(FOUR, -1.5, 1.5, 1, 0.1);
    expect(added).toEqual({ kind: 'added', points: [...FOUR, [-1.5, 1.5, 1]] });
    const removed = clickPoint(FOUR, 2.05, 1.97, 0, 0.1);
    expect(removed).toEqual({ kind: 'removed', points: [FOUR[0], FOUR[1], FOUR[3]] });
  });

  it('holds the same limit as validation, so a full editor dataset still opens as a link', () => {
    expect(MAX_POINTS).toBe(VALIDATED_MAX);
    const full: Point[] = Array.from({ length: MAX_POINTS }, (_, i) => [0, (i % 10) / 10, i % 2]);
    const draft = defaultConfig();
    setCustomPoints(draft, full);
    expect(validateConfig(draft).config.data.points).toHaveLength(MAX_POINTS);
  });

  it(`stops adding at ${MAX_POINTS} points`, () => {
    const many: Point[] = Array.from({ length: MAX_POINTS }, (_, i) => [0, (i % 10) / 10, i % 2]);
    expect(clickPoint(many, 5, 5, 1, 0.01).kind).toBe('full');
  });

  it('makes the dataset custom, without flipping already noisy labels again', () => {
    const c = defaultConfig();
    c.data.labelNoise = 0.2;
    setCustomPoints(c, FOUR);
    expect(c.data).toMatchObject({ dataset: 'custom', points: FOUR, labelNoise: 0 });
    c.data.labelNoise = 0.1;
    setCustomPoints(c, FOUR);
    expect(c.data.labelNoise).toBe(0.1);
  });
});

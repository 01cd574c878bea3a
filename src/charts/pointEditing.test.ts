import { describe, expect, it } from 'vitest';
import type { CustomPoint, Point } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import { MAX_POINTS as VALIDATED_MAX, validateConfig } from '../../workers/contract';
import {
  MAX_POINTS,
  addPoint,
  clickPoint,
  moveCrosshair,
  pinSplits,
  removeNear,
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

  it('starts from every split of a generated dataset, each point keeping the split it is in', () => {
    const c = defaultConfig();
    const shown = { train: [FOUR[0]!], val: [FOUR[1]!], test: [[0.12345, 0, 1] as Point] };
    expect(startingPoints(c, shown)).toEqual([
      [...FOUR[0]!, 'train'],
      [...FOUR[1]!, 'val'],
      [0.123, 0, 1, 'test'],
    ]);
  });

  it('writes out the splits of a custom dataset from the run, or leaves them all as they are', () => {
    const c = defaultConfig();
    setCustomPoints(c, [...FOUR, [2, 2, 1, 'test']]);
    // A label flipped by label noise still matches by its coordinates; two points at (2, 2).
    const shown = {
      train: [FOUR[0]!, [2, 2, 0] as Point],
      val: [FOUR[1]!, FOUR[3]!],
      test: [[2, 2, 1] as Point],
    };
    expect(startingPoints(c, shown)).toEqual([
      [...FOUR[0]!, 'train'],
      [...FOUR[1]!, 'val'],
      [...FOUR[2]!, 'train'],
      [...FOUR[3]!, 'val'],
      [2, 2, 1, 'test'],
    ]);
    // A run that does not show one of the points (an older picture): nothing is guessed.
    const partial = { train: [FOUR[0]!], val: [FOUR[1]!], test: [] };
    expect(pinSplits(c.data.points!, partial)).toEqual(c.data.points);
    expect(startingPoints(c, undefined)).toEqual(c.data.points);
  });

  it('adds a point where nothing is near to the chosen split, and removes the point under a click', () => {
    const added = clickPoint(FOUR, -1.5, 1.5, 1, 0.1, 'val');
    const point: CustomPoint = [-1.5, 1.5, 1, 'val'];
    expect(added).toEqual({ kind: 'added', points: [...FOUR, point], point });
    expect(clickPoint(FOUR, -1.5, 1.5, 1, 0.1)).toMatchObject({ point: [-1.5, 1.5, 1, 'train'] });
    const removed = clickPoint(FOUR, 2.05, 1.97, 0, 0.1);
    expect(removed).toEqual({
      kind: 'removed',
      points: [FOUR[0], FOUR[1], FOUR[3]],
      point: FOUR[2],
    });
  });

  it('drives a crosshair from the keyboard: arrows move it, Enter adds, Delete removes the nearest', () => {
    let at = { x1: 0, x2: 0 };
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp']) at = moveCrosshair(at, key, false)!;
    expect(at).toEqual({ x1: -0.5, x2: 0.25 });
    expect(moveCrosshair(at, 'ArrowDown', true)).toEqual({ x1: -0.5, x2: -0.75 });
    expect(moveCrosshair({ x1: 5.9, x2: -5.9 }, 'ArrowRight', true)).toEqual({ x1: 6, x2: -5.9 });
    expect(moveCrosshair(at, 'a', false)).toBeNull();
    expect(addPoint(FOUR, at.x1, at.x2, 0, 'test')).toMatchObject({
      kind: 'added',
      point: [-0.5, 0.25, 0, 'test'],
    });
    expect(removeNear(FOUR, -1.3, -1.8, 0.5)).toMatchObject({ kind: 'removed', point: FOUR[1] });
    expect(removeNear(FOUR, 0, 0, 0.5)).toEqual({ kind: 'none' });
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
    expect(addPoint(many, 5, 5, 1, 'train').kind).toBe('full');
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

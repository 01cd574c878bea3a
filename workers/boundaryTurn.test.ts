import { describe, expect, it } from 'vitest';
import type { SentBoundary } from './boundaryTurn';
import { boundaryDue, boundaryTurns } from './boundaryTurn';

describe('boundaryTurns', () => {
  it('with four runs training, two per frame in turn', () => {
    const running = ['running', 'running', 'running', 'running'] as const;
    expect(boundaryTurns(running, 10, true)).toEqual([true, false, true, false]);
    expect(boundaryTurns(running, 11, true)).toEqual([false, true, false, true]);
  });

  it('every run in turn when paused, or with fewer than three runs training', () => {
    expect(boundaryTurns(['running', 'running', 'running'], 11, false)).toEqual([true, true, true]);
    expect(boundaryTurns(['running', 'running'], 11, true)).toEqual([true, true]);
    expect(boundaryTurns(['running', 'done', 'running', 'stopped'], 11, true)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('runs that ended are always in turn; the running ones alternate among themselves', () => {
    const statuses = ['running', 'done', 'running', 'running'] as const;
    expect(boundaryTurns(statuses, 0, true)).toEqual([true, true, false, true]);
    expect(boundaryTurns(statuses, 1, true)).toEqual([false, true, true, false]);
  });
});

describe('boundaryDue', () => {
  const at = (epoch: number, status: SentBoundary['status'] = 'running', gridSize = 96) => ({
    epoch,
    status,
    gridSize,
  });

  it('always after a (re)start, a config change or a new listener (nothing sent)', () => {
    expect(boundaryDue(null, at(5), false)).toBe(true);
    expect(boundaryDue(undefined, at(0), false)).toBe(true);
  });

  it('always when the status changed (ended, diverged)', () => {
    expect(boundaryDue(at(5), at(6, 'done'), false)).toBe(true);
  });

  it('never when nothing it shows moved; else on its turn', () => {
    expect(boundaryDue(at(5), at(5), true)).toBe(false);
    expect(boundaryDue(at(5), at(6), false)).toBe(false);
    expect(boundaryDue(at(5), at(6), true)).toBe(true);
    expect(boundaryDue(at(5), at(5, 'running', 128), true)).toBe(true);
  });
});

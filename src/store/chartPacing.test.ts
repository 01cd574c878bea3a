import { describe, expect, it } from 'vitest';
import { CHART_INTERVAL_MS, chartInterval, pacedRuns } from './chartPacing';

const runs = (...ids: string[]) => ids.map((id) => ({ id, changed: false }));

describe('chart pacing', () => {
  it('re-renders every run at once while paused, or when a run started over or changed status', () => {
    const last = new Map([['a', 0], ['b', 0]]); // prettier-ignore
    expect(pacedRuns(runs('a', 'b'), false, 1, last)).toEqual(['a', 'b']);
    expect(
      pacedRuns(
        [
          { id: 'a', changed: false },
          { id: 'b', changed: true },
        ],
        true,
        1,
        last,
      ),
    ).toEqual(['a', 'b']);
  });

  it('while training, re-renders one run per frame, the one that waited longest, once per interval', () => {
    const last = new Map([['a', 1000], ['b', 950], ['c', 1090]]); // prettier-ignore
    expect(pacedRuns(runs('a', 'b', 'c'), true, 1010, last)).toEqual([]);
    expect(pacedRuns(runs('a', 'b', 'c'), true, 950 + chartInterval(3), last)).toEqual(['b']);
    expect(pacedRuns(runs('a', 'b', 'c'), true, 949 + chartInterval(3), last)).toEqual([]);
    expect(pacedRuns(runs('a', 'b', 'c'), true, 1200, last)).toEqual(['b']);
    expect(pacedRuns(runs('x'), true, 0, new Map())).toEqual(['x']);
  });

  it("with three or four runs, spaces each run's charts further apart", () => {
    expect(chartInterval(1)).toBe(CHART_INTERVAL_MS);
    expect(chartInterval(2)).toBe(CHART_INTERVAL_MS);
    expect(chartInterval(4)).toBe(2 * CHART_INTERVAL_MS);
    const last = new Map([['a', 0], ['b', 10], ['c', 20], ['d', 30]]); // prettier-ignore
    const four = runs('a', 'b', 'c', 'd');
    expect(pacedRuns(four, true, CHART_INTERVAL_MS + 30, last)).toEqual([]);
    expect(pacedRuns(four, true, 2 * CHART_INTERVAL_MS, last)).toEqual(['a']);
  });
});

// Which runs' SVG charts (curves, histogram, network) re-render for a frame. While training,
// each run's charts re-render at most every CHART_INTERVAL_MS and at most one run's per frame,
// so side-by-side runs never pile their renders into one long task; with three or four runs the
// interval grows with their number (a run's charts cost the same whoever else is on the page, so
// four runs at 10 Hz each would put a chart render in nearly every frame). A paused run, a run
// that started over or changed status re-renders at once (a student must see what just
// happened). Pure: the caller keeps `lastPaced` and the clock.
import type { RunId } from '../../workers/contract';

export const CHART_INTERVAL_MS = 100;

export interface PacedRun {
  id: RunId;
  /** The run started over or changed status with this frame. */
  changed: boolean;
}

export function pacedRuns(
  runs: readonly PacedRun[],
  playing: boolean,
  now: number,
  lastPaced: ReadonlyMap<RunId, number>,
  intervalMs = CHART_INTERVAL_MS,
): RunId[] {
  if (!playing || runs.some((r) => r.changed)) return runs.map((r) => r.id);
  const waited = (id: RunId) => now - (lastPaced.get(id) ?? -Infinity);
  const interval = chartInterval(runs.length, intervalMs);
  let pick: RunId | null = null;
  for (const r of runs) {
    if (waited(r.id) >= interval && (pick === null || waited(r.id) > waited(pick))) pick = r.id;
  }
  return pick === null ? [] : [pick];
}

/** Each run's chart interval: the base for one or two runs, half a base per run beyond. */
export function chartInterval(runCount: number, intervalMs = CHART_INTERVAL_MS): number {
  return intervalMs * Math.max(1, runCount / 2);
}

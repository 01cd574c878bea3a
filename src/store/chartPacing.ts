// Which runs' SVG charts (curves, histogram, network) re-render for a frame. While training,
// each run's charts re-render at most every CHART_INTERVAL_MS and at most one run's per frame,
// so side-by-side runs never pile their renders into one long task; a paused run, a run that
// started over or changed status re-renders at once (a student must see what just happened).
// Pure: the caller keeps `lastPaced` and the clock.
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
  let pick: RunId | null = null;
  for (const r of runs) {
    if (waited(r.id) >= intervalMs && (pick === null || waited(r.id) > waited(pick))) pick = r.id;
  }
  return pick === null ? [] : [pick];
}

/**
 * Side by side with three or four runs, each boundary repaints every other frame (two runs per
 * frame, in turn): half the per-frame canvas work, and each map still updates 30 times a second.
 */
export function repaintsThisFrame(runIndex: number, runCount: number, seq: number): boolean {
  return runCount < 3 || runIndex % 2 === seq % 2;
}

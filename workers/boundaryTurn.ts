// Which runs' decision boundaries a frame carries. The grid, its contour and the wrong-point
// flags are only needed to paint a boundary, and they are most of what composing a frame costs
// (a 128² grid of an [8×6] net is about 3 ms): with three or four runs training side by side,
// each boundary is painted every other frame, two runs per frame in turn, so the worker composes
// only those and the page keeps showing the last picture it has for the others. A run whose
// boundary must show at once (its first frame, a restart, a config change, a new status such as
// ended or diverged, or any frame while playback is paused) carries it whatever the turn.
import type { RunStatus } from './engine/runExport';

/** What a boundary sent to the page showed: another one is new only if one of these moved. */
export interface SentBoundary {
  epoch: number;
  status: RunStatus;
  gridSize: number;
}

/**
 * Per run, in the frame's order: whether it is the run's turn. Paused, or with fewer than three
 * runs training, every run's turn; else the running runs alternate by the frame's `seq` (those
 * that ended are always in turn: they only carry a boundary when they have a new one to show).
 */
export function boundaryTurns(statuses: readonly RunStatus[], seq: number, playing: boolean) {
  const running = statuses.filter((s) => s === 'running').length;
  if (!playing || running < 3) return statuses.map(() => true);
  let k = 0;
  return statuses.map((s) => s !== 'running' || k++ % 2 === seq % 2);
}

/**
 * Whether a run's frame carries its boundary: always when none was sent since the run (re)started
 * or changed config (`sent` null) or when its status changed; never when nothing it shows moved;
 * else on its turn.
 */
export function boundaryDue(
  sent: SentBoundary | null | undefined,
  now: SentBoundary,
  turn: boolean,
): boolean {
  if (!sent || sent.status !== now.status) return true;
  if (sent.epoch === now.epoch && sent.gridSize === now.gridSize) return false;
  return turn;
}

// Builds one run's part of a frame. The decision boundary (grid, contour, wrong-point flags) is
// evaluated here, only for frames that are sent and only for the runs whose boundary the frame
// carries (boundaryTurn.ts); history records leave the trainer as they are sent (the page keeps
// the whole history), so a long run at full speed never piles up records in the worker.
import { contourPath, GRID_CONTOUR_DECIMALS } from './boundaryContour';
import type { SentBoundary } from './boundaryTurn';
import { boundaryDue, boundaryTurns } from './boundaryTurn';
import type { Point } from './engine/config';
import type { Trainer } from './engine/trainer';
import type { RunBoundary, RunFrame, RunId } from './protocol';
import type { Run } from './trainSlice';

export interface RunCursor {
  generation: number;
  /** History records already sent: the next record's index in the run's whole history. */
  sentHistory: number;
  sentStart: boolean;
  /**
   * What the last boundary sent showed; null or absent when none was sent since the run
   * (re)started, its config changed or a new listener subscribed: the next frame carries one.
   */
  sentBoundary?: SentBoundary | null;
}

const copyPoints = (pts: Point[]): Point[] => pts.map((p) => [p[0], p[1], p[2]]);

/** The frame's runs, each with its boundary when due (`turn`s from boundaryTurns). */
export function composeRuns(
  runs: ReadonlyMap<RunId, Run>,
  frame: { seq: number; playing: boolean; gridSize: number; epochsPerSecond: number },
  updates: ReadonlyMap<RunId, number>,
  transfers: Transferable[],
): RunFrame[] {
  const all = [...runs];
  const turns = boundaryTurns(
    all.map(([, run]) => run.trainer.status),
    frame.seq,
    frame.playing,
  );
  return all.map(([id, run], i) =>
    composeRunFrame(
      id,
      run.trainer,
      run.cursor,
      frame.gridSize,
      frame.epochsPerSecond,
      updates.get(id) ?? 0,
      transfers,
      turns[i],
    ),
  );
}

export function composeRunFrame(
  id: RunId,
  trainer: Trainer,
  cursor: RunCursor,
  gridSize: number,
  epochsPerSecond: number,
  updates: number,
  transfers: Transferable[],
  /** The run's turn to carry its boundary (it always does when one is due at once). */
  turn = true,
): RunFrame {
  const weights = trainer.weights();
  transfers.push(weights.buffer);
  const history = trainer.history.splice(0);
  const historyStart = cursor.sentHistory;
  cursor.sentHistory += history.length;
  let start: RunFrame['start'] = null;
  if (!cursor.sentStart) {
    const initialWeights = trainer.weights(true);
    transfers.push(initialWeights.buffer);
    start = {
      initialWeights,
      inputs: [...trainer.features.names],
      points: {
        train: copyPoints(trainer.points.train),
        val: copyPoints(trainer.points.val),
        test: copyPoints(trainer.points.test),
      },
    };
    cursor.sentStart = true;
    // The page builds a run's picture from its start and a boundary: they go together.
    cursor.sentBoundary = null;
  }
  const shows: SentBoundary = { epoch: trainer.epoch, status: trainer.status, gridSize };
  let boundary: RunBoundary | null = null;
  if (boundaryDue(cursor.sentBoundary, shows, turn)) {
    boundary = composeBoundary(trainer, gridSize, transfers);
    cursor.sentBoundary = shows;
  }
  return {
    id,
    generation: cursor.generation,
    epoch: trainer.epoch,
    status: trainer.status,
    divergedEpoch: trainer.divergedEpoch,
    history,
    historyStart,
    earlyStopping: trainer.earlyStoppingState(),
    weights,
    widths: [trainer.layout.shape.nInputs, ...trainer.layout.shape.hidden, 1],
    start,
    boundary,
    epochsPerSecond,
    updates,
  };
}

function composeBoundary(
  trainer: Trainer,
  gridSize: number,
  transfers: Transferable[],
): RunBoundary {
  const grid = new Float32Array(gridSize * gridSize);
  trainer.evaluateGrid(gridSize, grid);
  const wrong = trainer.wrongPoints();
  transfers.push(grid.buffer, wrong.buffer);
  let augmented: Float32Array | null = null;
  if (trainer.augmentedCount > 0) {
    augmented = Float32Array.from(trainer.augmented.subarray(0, 3 * trainer.augmentedCount));
    transfers.push(augmented.buffer);
  }
  return {
    grid,
    gridSize,
    contour: contourPath(grid, gridSize, gridSize, 0.5, GRID_CONTOUR_DECIMALS),
    wrong,
    augmented,
  };
}

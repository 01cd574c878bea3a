// Builds one run's part of a frame. The decision grid is evaluated here, only for frames that are
// sent; history records leave the trainer as they are sent (the page keeps the whole history), so
// a long run at full speed never piles up records in the worker.
import { contourPath, GRID_CONTOUR_DECIMALS } from './boundaryContour';
import type { Point } from './engine/config';
import type { Trainer } from './engine/trainer';
import type { RunFrame, RunId } from './protocol';

export interface RunCursor {
  generation: number;
  /** History records already sent: the next record's index in the run's whole history. */
  sentHistory: number;
  sentStart: boolean;
}

const copyPoints = (pts: Point[]): Point[] => pts.map((p) => [p[0], p[1], p[2]]);

export function composeRunFrame(
  id: RunId,
  trainer: Trainer,
  cursor: RunCursor,
  gridSize: number,
  epochsPerSecond: number,
  updates: number,
  transfers: Transferable[],
): RunFrame {
  const grid = new Float32Array(gridSize * gridSize);
  trainer.evaluateGrid(gridSize, grid);
  const weights = trainer.weights();
  const wrong = trainer.wrongPoints();
  transfers.push(grid.buffer, weights.buffer, wrong.buffer);
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
  }
  let augmented: Float32Array | null = null;
  if (trainer.augmentedCount > 0) {
    augmented = Float32Array.from(trainer.augmented.subarray(0, 3 * trainer.augmentedCount));
    transfers.push(augmented.buffer);
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
    grid,
    gridSize,
    contour: contourPath(grid, gridSize, gridSize, 0.5, GRID_CONTOUR_DECIMALS),
    weights,
    wrong,
    widths: [trainer.layout.shape.nInputs, ...trainer.layout.shape.hidden, 1],
    start,
    augmented,
    epochsPerSecond,
    updates,
  };
}

// Turns a frame from the worker into store updates: history columns grow, the latest buffers go
// to the frame store, and the lab store gets one set() for all runs.
import type { Frame } from '../../workers/protocol';
import type { LatestFrame } from '../store/frameStore';
import { frameStore } from '../store/frameStore';
import { historyOf } from '../store/histories';
import type { RunState } from '../store/labStore';
import { useLab } from '../store/labStore';

export function applyFrame(frame: Frame): void {
  const lab = useLab.getState();
  const runs: Record<string, RunState> = { ...lab.runs };
  const frames = { ...frameStore.getState().frames };
  for (const rf of frame.runs) {
    const prev = runs[rf.id];
    if (!prev) continue; // disposed on this side while the frame was on its way
    const history = historyOf(rf.id);
    const newGeneration = rf.generation !== prev.generation;
    // A new generation starts over at record 0; otherwise records follow on without a gap.
    if (newGeneration) history.clear();
    history.append(rf.history, rf.historyStart);
    const last = newGeneration ? undefined : frames[rf.id];
    const start = rf.start ?? last;
    if (start) {
      const latest: LatestFrame = {
        generation: rf.generation,
        epoch: rf.epoch,
        grid: rf.grid,
        gridSize: rf.gridSize,
        weights: rf.weights,
        widths: rf.widths,
        augmented: rf.augmented,
        initialWeights: start.initialWeights,
        inputs: start.inputs,
        points: start.points,
      };
      frames[rf.id] = latest;
    }
    runs[rf.id] = {
      ...prev,
      generation: rf.generation,
      epoch: rf.epoch,
      status: rf.status,
      divergedEpoch: rf.divergedEpoch,
      earlyStopping: rf.earlyStopping,
      epochsPerSecond: rf.epochsPerSecond,
      historyVersion: prev.historyVersion + 1,
      updatesApplied: rf.updates,
    };
  }
  frameStore.setState({ frames });
  // The playback the user chose stays as set; a frame composed before a click must not undo it.
  useLab.setState({ runs, training: frame.playback.playing });
}

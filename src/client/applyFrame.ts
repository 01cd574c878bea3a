// Turns a frame from the worker into store updates: history columns grow, the latest buffers go
// to the frame store, and the lab store gets one set() for all runs. The SVG charts (curves,
// histogram, network) are paced to CHART_INTERVAL_MS while training; the boundary map is not.
import type { Frame } from '../../workers/protocol';
import type { LatestFrame } from '../store/frameStore';
import { CHART_INTERVAL_MS, frameStore } from '../store/frameStore';
import { historyOf } from '../store/histories';
import type { RunState } from '../store/labStore';
import { useLab } from '../store/labStore';

let lastPaced = -Infinity;

export function applyFrame(frame: Frame): void {
  const lab = useLab.getState();
  const now = typeof performance === 'undefined' ? Date.now() : performance.now();
  // Charts follow every frame once training stops, when a run starts over or changes status.
  let pace = !frame.playback.playing || now - lastPaced >= CHART_INTERVAL_MS;
  for (const rf of frame.runs) {
    const prev = lab.runs[rf.id];
    if (prev && (prev.generation !== rf.generation || prev.status !== rf.status)) pace = true;
  }
  if (pace) lastPaced = now;
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
      historyVersion: pace ? prev.historyVersion + 1 : prev.historyVersion,
      updatesApplied: rf.updates,
    };
  }
  frameStore.setState(pace ? { frames, paced: { ...frames } } : { frames });
  // The playback the user chose stays as set; a frame composed before a click must not undo it.
  useLab.setState({ runs, training: frame.playback.playing });
}

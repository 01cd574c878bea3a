// Turns a frame from the worker into store updates: history columns grow, the latest buffers go
// to the frame store, and the lab store gets one set() for all runs. The SVG charts (curves,
// histogram, network) are paced to CHART_INTERVAL_MS per run while training, and at most one
// run's charts re-render in any frame, so side-by-side runs never pile their renders into one
// long task; the boundary map is not paced.
import type { Frame } from '../../workers/contract';
import type { LatestFrame } from './frameStore';
import { CHART_INTERVAL_MS, frameStore } from './frameStore';
import { historyOf } from './histories';
import type { RunState } from './labStore';
import { useLab } from './labStore';
import { overlayShown, scrubStore } from './scrub';

/** When each run's charts last re-rendered. */
const lastPaced = new Map<string, number>();
/** Which half of a 3–4 run comparison repaints its boundary this frame. */
let turn = 0;

/**
 * Side by side with three or four runs, each boundary repaints every other frame (two runs per
 * frame, in turn): half the per-frame React and canvas work, so the page stays at 60 fps, and
 * each map still updates 30 times a second.
 */
function staggered(
  shown: Record<string, LatestFrame | undefined>,
  frame: Frame,
): Record<string, LatestFrame | undefined> {
  const before = frameStore.getState().frames;
  const out = { ...shown };
  turn ^= 1;
  frame.runs.forEach((rf, i) => {
    const prev = before[rf.id];
    if (i % 2 === turn && prev && prev.generation === rf.generation) out[rf.id] = prev;
  });
  return out;
}

export function receiveFrame(frame: Frame): void {
  const lab = useLab.getState();
  const now = typeof performance === 'undefined' ? Date.now() : performance.now();
  // Charts follow every frame once training stops, when a run starts over or changes status.
  let forced = !frame.playback.playing;
  for (const rf of frame.runs) {
    const prev = lab.runs[rf.id];
    if (prev && (prev.generation !== rf.generation || prev.status !== rf.status)) forced = true;
  }
  const waited = (id: string) => now - (lastPaced.get(id) ?? -Infinity);
  const due = frame.runs
    .filter((rf) => forced || waited(rf.id) >= CHART_INTERVAL_MS)
    .sort((a, b) => waited(b.id) - waited(a.id));
  const pacedIds = new Set((forced ? due : due.slice(0, 1)).map((rf) => rf.id));
  for (const id of pacedIds) lastPaced.set(id, now);
  const pace = pacedIds.size > 0;
  const runs: Record<string, RunState> = { ...lab.runs };
  const frames = { ...frameStore.getState().live };
  let startedOver = false;
  for (const rf of frame.runs) {
    const prev = runs[rf.id];
    if (!prev) continue; // disposed on this side while the frame was on its way
    const history = historyOf(rf.id);
    const newGeneration = rf.generation !== prev.generation;
    // A new generation starts over at record 0; otherwise records follow on without a gap.
    if (newGeneration) history.clear();
    startedOver ||= newGeneration;
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
      historyVersion: pacedIds.has(rf.id) ? prev.historyVersion + 1 : prev.historyVersion,
      updatesApplied: rf.updates,
    };
  }
  // A run that started over has no past to look at: the scrubber returns to live.
  if (startedOver && scrubStore.getState().epoch !== null) {
    scrubStore.setState({ epoch: null, shown: {} });
  }
  let shown = overlayShown(frames);
  if (!pace && frame.runs.length >= 3) shown = staggered(shown, frame);
  const paced = { ...frameStore.getState().paced };
  for (const id of pacedIds) paced[id] = shown[id];
  frameStore.setState(
    pace ? { live: frames, frames: shown, paced } : { live: frames, frames: shown },
  );
  // The playback the user chose stays as set; a frame composed before a click must not undo it.
  useLab.setState({ runs, training: frame.playback.playing });
}

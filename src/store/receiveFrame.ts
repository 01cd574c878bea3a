// Turns a frame from the worker into store updates: history columns grow, each run's live
// picture is replaced (keeping its boundary when the frame carries none), chart ticks move for the runs whose SVG charts are due (chartPacing.ts),
// and the lab store gets one set() for all runs.
import type { EarlyStoppingExport, Frame, RunFrame } from '../../workers/contract';
import type { PacedRun } from './chartPacing';
import { pacedRuns } from './chartPacing';
import type { FrameState, RunPicture } from './frameStore';
import { frameStore, wrongBySplit } from './frameStore';
import { historyOf } from './histories';
import type { RunState } from './labStore';
import { useLab } from './labStore';

/** When each run's charts last re-rendered. */
const lastPaced = new Map<string, number>();

export function receiveFrame(frame: Frame): void {
  const lab = useLab.getState();
  const fs = frameStore.getState();
  const now = typeof performance === 'undefined' ? Date.now() : performance.now();
  const known: RunFrame[] = [];
  const pacing: PacedRun[] = [];
  for (const rf of frame.runs) {
    const prev = lab.runs[rf.id];
    if (!prev) continue;
    // A run's records must follow on from what the page holds (from 0 in a new generation).
    // Frames composed before the worker saw a change the page already made (a lesson's variant
    // v1 replaced by the next lesson's v1) do not: they are skipped, not applied half-way.
    const same = rf.generation === prev.generation;
    if (rf.historyStart !== (same ? historyOf(rf.id).length : 0)) continue;
    known.push(rf);
    pacing.push({ id: rf.id, changed: !same || prev.status !== rf.status });
  }
  const paced = new Set(pacedRuns(pacing, frame.playback.playing, now, lastPaced));
  for (const id of paced) lastPaced.set(id, now);

  const runs: Record<string, RunState> = { ...lab.runs };
  const live = { ...fs.live };
  const chartTick = { ...fs.chartTick };
  const views = { ...fs.views };
  const held: FrameState['held'] = {};
  let startedOver = false;
  for (const rf of known) {
    const prev = runs[rf.id]!;
    const history = historyOf(rf.id);
    const newGeneration = rf.generation !== prev.generation;
    // A new generation starts over at record 0; otherwise records follow on without a gap.
    if (newGeneration) history.clear();
    startedOver ||= newGeneration;
    history.append(rf.history, rf.historyStart);
    const before = newGeneration ? undefined : live[rf.id];
    const picture = livePicture(rf, before);
    if (picture) live[rf.id] = picture;
    // A frame without the run's boundary (the worker sends it in turn, see RunFrame.boundary):
    // the boundary keeps showing the picture that brought the last one.
    if (!rf.boundary && before) held[rf.id] = fs.held[rf.id] ?? before;
    if (paced.has(rf.id)) chartTick[rf.id] = (chartTick[rf.id] ?? 0) + 1;
    if (rf.view) views[rf.id] = rf.view;
    runs[rf.id] = {
      ...prev,
      generation: rf.generation,
      epoch: rf.epoch,
      status: rf.status,
      divergedEpoch: rf.divergedEpoch,
      // The same object while nothing in it moved: components that select it do not re-render.
      earlyStopping: sameEarlyStopping(prev.earlyStopping, rf.earlyStopping)
        ? prev.earlyStopping
        : rf.earlyStopping,
      epochsPerSecond: rf.epochsPerSecond,
    };
  }
  // A run that started over has no past to look at: the scrubber returns to live.
  const scrub = startedOver && fs.scrubEpoch !== null ? { scrubEpoch: null, past: {} } : {};
  // The playback the user chose stays as set: a frame composed before a click must not undo it.
  // Only a pause the worker made by itself (every run ended), seen by a frame that knows all the
  // page's commands, pauses the page too. The lab store goes first: the boundary canvas reads
  // `training` when the frame store moves.
  const ended =
    lab.playback.playing &&
    !frame.playback.playing &&
    frame.playback.commands === lab.playback.commandsSent;
  useLab.setState({
    runs,
    training: frame.playback.playing,
    ...(ended ? { playback: { ...lab.playback, playing: false } } : {}),
  });
  frameStore.setState({ live, chartTick, views, held, ...scrub });
}

/**
 * The run's new live picture: the frame's epoch and weights, with the frame's boundary or, when it
 * carries none, the one the run had. Undefined when the page has neither the run's start nor a
 * boundary for it (the worker sends both with a run's first frame).
 */
function livePicture(rf: RunFrame, before: RunPicture | undefined): RunPicture | undefined {
  const start = rf.start ?? before;
  const b = rf.boundary;
  if (!start || !(b || before)) return undefined;
  return {
    generation: rf.generation,
    epoch: rf.epoch,
    weights: rf.weights,
    widths: rf.widths,
    initialWeights: start.initialWeights,
    inputs: start.inputs,
    points: start.points,
    ...(b
      ? {
          grid: b.grid,
          gridSize: b.gridSize,
          contour: b.contour,
          wrong: wrongBySplit(b.wrong, start.points),
          augmented: b.augmented,
        }
      : {
          grid: before!.grid,
          gridSize: before!.gridSize,
          contour: before!.contour,
          wrong: before!.wrong,
          augmented: before!.augmented,
        }),
  };
}

function sameEarlyStopping(a: EarlyStoppingExport, b: EarlyStoppingExport): boolean {
  return (
    a.bestEpoch === b.bestEpoch &&
    a.bestValLoss === b.bestValLoss &&
    a.stoppedEpoch === b.stoppedEpoch &&
    a.restored === b.restored
  );
}

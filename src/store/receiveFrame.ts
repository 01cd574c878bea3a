// Turns a frame from the worker into store updates: history columns grow, each run's live
// picture is replaced, chart ticks move for the runs whose SVG charts are due (chartPacing.ts),
// and the lab store gets one set() for all runs.
import type { Frame } from '../../workers/contract';
import { pacedRuns, repaintsThisFrame } from './chartPacing';
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
  const known = frame.runs.filter((rf) => {
    const prev = lab.runs[rf.id];
    if (!prev) return false;
    // A run's records must follow on from what the page holds (from 0 in a new generation).
    // Frames composed before the worker saw a change the page already made (a lesson's variant
    // v1 replaced by the next lesson's v1) do not: they are skipped, not applied half-way.
    const held = rf.generation === prev.generation ? historyOf(rf.id).length : 0;
    return rf.historyStart === held;
  });
  const paced = new Set(
    pacedRuns(
      known.map((rf) => {
        const prev = lab.runs[rf.id]!;
        return {
          id: rf.id,
          changed: prev.generation !== rf.generation || prev.status !== rf.status,
        };
      }),
      frame.playback.playing,
      now,
      lastPaced,
    ),
  );
  for (const id of paced) lastPaced.set(id, now);

  const runs: Record<string, RunState> = { ...lab.runs };
  const live = { ...fs.live };
  const chartTick = { ...fs.chartTick };
  const views = { ...fs.views };
  const held: FrameState['held'] = {};
  const seq = fs.seq + 1;
  let startedOver = false;
  for (const [index, rf] of known.entries()) {
    const prev = runs[rf.id]!;
    const history = historyOf(rf.id);
    const newGeneration = rf.generation !== prev.generation;
    // A new generation starts over at record 0; otherwise records follow on without a gap.
    if (newGeneration) history.clear();
    startedOver ||= newGeneration;
    history.append(rf.history, rf.historyStart);
    const before = newGeneration ? undefined : live[rf.id];
    const statusChanged = prev.status !== rf.status;
    // A boundary that skips this frame keeps what it shows; a run that started over, changed
    // status or stopped training is drawn at once.
    if (
      before &&
      !statusChanged &&
      frame.playback.playing &&
      !repaintsThisFrame(index, known.length, seq)
    ) {
      held[rf.id] = fs.held[rf.id] ?? before;
    }
    const start = rf.start ?? before;
    if (start) {
      const picture: RunPicture = {
        generation: rf.generation,
        epoch: rf.epoch,
        grid: rf.grid,
        gridSize: rf.gridSize,
        contour: rf.contour,
        weights: rf.weights,
        wrong: wrongBySplit(rf.wrong, start.points),
        widths: rf.widths,
        augmented: rf.augmented,
        initialWeights: start.initialWeights,
        inputs: start.inputs,
        points: start.points,
      };
      live[rf.id] = picture;
    }
    if (paced.has(rf.id)) chartTick[rf.id] = (chartTick[rf.id] ?? 0) + 1;
    if (rf.view) views[rf.id] = rf.view;
    runs[rf.id] = {
      ...prev,
      generation: rf.generation,
      epoch: rf.epoch,
      status: rf.status,
      divergedEpoch: rf.divergedEpoch,
      earlyStopping: rf.earlyStopping,
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
  frameStore.setState({ live, chartTick, views, held, seq, ...scrub });
}

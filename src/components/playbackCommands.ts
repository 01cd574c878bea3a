// What the playback buttons and their keyboard shortcuts do.
import { pause, play, resetRuns, stepEpochs } from '../lab/actions';
import { useLab } from '../store/labStore';

export function togglePlay(): void {
  if (useLab.getState().playback.playing) pause();
  else play();
}

/** Stepping is a paused activity: a step while playing pauses first. */
export function stepOneEpoch(): void {
  if (useLab.getState().playback.playing) pause();
  stepEpochs(1);
}

export function resetTraining(): void {
  resetRuns();
}

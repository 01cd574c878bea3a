// What the playback buttons and their keyboard shortcuts do. Play with nothing left to train does
// what a student means by it: past the epoch budget it trains on; when early stopping ended every
// run (or they diverged) it says why in the status banner rather than flick to Pause and back.
import { pause, play, resetRuns, stepEpochs } from '../lab/actions';
import { trainOn } from '../lab/labConfig';
import { useLab } from '../store/labStore';
import { clearPlayRefusal, refusePlay } from './playRefusal';

export function togglePlay(): void {
  const s = useLab.getState();
  if (s.playback.playing) {
    pause();
    return;
  }
  const statuses = s.runOrder.map((id) => s.runs[id]?.status);
  if (statuses.includes('running')) {
    clearPlayRefusal();
    play();
  } else if (statuses.includes('done')) {
    clearPlayRefusal();
    trainOn();
  } else {
    refusePlay();
  }
}

/** Stepping is a paused activity: a step while playing pauses first. */
export function stepOneEpoch(): void {
  if (useLab.getState().playback.playing) pause();
  stepEpochs(1);
}

export function resetTraining(): void {
  clearPlayRefusal();
  resetRuns();
}

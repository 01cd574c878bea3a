// The run status banner's messages (src/components/RunStatusMessages.tsx): loaded when a run
// has something to report, not with the page.
export const runStatus = {
  'controls.status.diverged': 'The run diverged at epoch {epoch}: the loss became NaN or ∞.',
  'controls.status.divergedWhy':
    'The learning rate ({lr}) is probably too large: each step overshoots, and the weights grow until the numbers overflow.',
  'controls.status.resetLowerLr': 'Reset with a lower learning rate',
  'controls.status.resetLowerLrTitle': 'Divide the learning rate by 10 (to {lr}) and start over',
  'controls.status.stopped':
    'Early stopping ended training at epoch {stop}: the validation loss last improved at epoch {best}.',
  'controls.status.restored': 'The weights of epoch {best} were restored.',
  'controls.status.notRestored': 'The weights are those of epoch {stop}, where training stopped.',
  'controls.status.markOnlyHint':
    'To see what happens after this point, turn on “Mark only (keep training)” under Early stopping and press Reset.',
  'controls.status.marked':
    'Early stopping would have stopped at epoch {stop} (best epoch {best}); training goes on so you can watch the overfitting it prevents.',
  'controls.status.done':
    'Training paused by itself: this lab’s budget of {epochs} epochs is used up.',
  'controls.status.trainOn': 'Train on',
  'controls.status.trainOnTitle': 'Train another {epochs} epochs from here',
  'controls.status.othersTrainOn': 'The other runs train on.',
  'controls.status.doneOne': 'its budget of {epochs} epochs is used up.',
  'controls.status.playRefusedStopped':
    'Play has nothing to train: early stopping ended training. “Keep training” goes on past the stop (early stopping then only marks it); Reset starts over.',
  'controls.status.playRefusedDiverged':
    'Play has nothing to train: the run diverged. Reset it with a lower learning rate to start over.',
  'controls.status.keepTraining': 'Keep training (mark the stop only)',
  'controls.status.problem': 'This setting could not be applied: {message}',
} as const;

// Early stopping on the validation data loss. The best epoch is tracked whether or not early
// stopping is on, so switching it on mid-run (or changing the patience) acts on the whole history
// at once: the run stops when `patience` epochs have passed since the last improvement by more
// than `minDelta`. With minDelta = 0 the best epoch is the first argmin of the validation loss.
import type { EarlyStoppingConfig } from './config';
import type { EarlyStoppingExport } from './runExport';

export type StopDecision = 'improved' | 'waiting' | 'stop';

export class EarlyStopper {
  bestEpoch = -1;
  bestValLoss = Infinity;
  stoppedEpoch = -1;
  restored = false;

  /** Records the validation loss of an epoch; says whether it is the best or the run should stop. */
  observe(epoch: number, valLoss: number, s: EarlyStoppingConfig): StopDecision {
    if (valLoss < this.bestValLoss - s.minDelta || this.bestEpoch < 0) {
      // Once the stop is marked, the record is frozen: it shows what stopping would have kept.
      if (this.stoppedEpoch >= 0) return 'waiting';
      this.bestValLoss = valLoss;
      this.bestEpoch = epoch;
      return 'improved';
    }
    if (s.enabled && this.stoppedEpoch < 0 && epoch - this.bestEpoch >= s.patience) {
      this.stoppedEpoch = epoch;
      return 'stop';
    }
    return 'waiting';
  }

  toExport(): EarlyStoppingExport {
    return {
      bestEpoch: this.bestEpoch >= 0 ? this.bestEpoch : null,
      bestValLoss: this.bestEpoch >= 0 ? this.bestValLoss : null,
      stoppedEpoch: this.stoppedEpoch >= 0 ? this.stoppedEpoch : null,
      restored: this.restored,
    };
  }
}

// "Reset with a lower learning rate" after a divergence, in one click that works: the worker
// finds, headless, a learning rate that trains this run's config stably (workers/stableRate.ts);
// the page applies it, starts over and plays. When no lower rate helps, a notice says the
// learning rate is not the cause.
import type { RunId } from '../../workers/contract';
import { useLab } from '../store/labStore';
import { play, resetRuns } from './actions';
import { editConfig } from './labConfig';
import { send, trainer } from './session';

async function recover(runId: RunId): Promise<void> {
  const answer = await trainer().findStableLearningRate(runId);
  if (!answer.found) {
    const current = useLab.getState().runs[runId]?.config.optimizer.learningRate;
    const tried = answer.tried.length ? answer.tried : [current];
    useLab.setState({ notice: { kind: 'recovery-failed', detail: tried.join(', ') } });
    return;
  }
  editConfig(runId, (d) => {
    d.optimizer.learningRate = answer.learningRate;
  });
  resetRuns();
  // A diverged run paused playback; the fix trains on at once.
  play();
}

export function recoverFromDivergence(runId: RunId): void {
  send(recover(runId));
}

// The run status banner: says why a run is not training (early stopping, the budget, divergence,
// a refused setting), or why Play had nothing to train. The messages are a chunk of their own
// (RunStatusMessages), loaded the first time a run has something to report.
import { lazy, Suspense } from 'react';
import type { RunId } from '../../workers/contract';
import { play, resetRuns } from '../lab/actions';
import { editConfig, trainOn } from '../lab/labConfig';
import { recoverFromDivergence } from '../lab/recovery';
import { MAIN_RUN, useLab } from '../store/labStore';
import './controls.css';
import { clearPlayRefusal, usePlayRefusal } from './playRefusal';

const RunStatusMessages = lazy(() => import('./RunStatusMessages'));

/**
 * What the messages' buttons do. Handed to the messages rather than imported by them: a chunk
 * that imports the lab's config code makes the bundler split that code out of the start-up
 * bundle into a chunk of its own, which costs the page more than the messages save.
 */
const COMMANDS = {
  play,
  resetRuns,
  trainOn,
  /** Early stopping only marks the stop from now on, so the stopped runs train on past it. */
  keepTraining: (): void => {
    clearPlayRefusal();
    editConfig(MAIN_RUN, (c) => void (c.earlyStopping.markOnly = true));
    play();
  },
  /** A diverged run starts over with a learning rate the worker found stable, and trains on. */
  recover: recoverFromDivergence,
};
export type RunStatusCommands = typeof COMMANDS;

export function RunStatusBanner({ runId }: { runId: RunId }) {
  const refused = usePlayRefusal((s) => s.refused);
  const reports = useLab((s) =>
    (s.comparison ? s.runOrder : [runId]).some((id) => {
      const r = s.runs[id];
      if (!r) return false;
      const marked = r.config.earlyStopping.markOnly && r.earlyStopping.stoppedEpoch !== null;
      return r.status !== 'running' || r.problem !== null || marked;
    }),
  );
  return (
    <div className="rl-run-status">
      {(reports || refused) && (
        <Suspense fallback={null}>
          <RunStatusMessages runId={runId} commands={COMMANDS} />
        </Suspense>
      )}
    </div>
  );
}

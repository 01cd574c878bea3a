// Why a run is not training: it diverged (with a one-click fix), early stopping ended it, it ran
// all its epochs, or the worker refused a setting. Also says where "mark only" would have stopped.
// In a comparison every run speaks for itself by name, and a run that ended never makes the page
// say training ended while another run goes on. A chunk of its own, with its strings: loaded the
// first time a run has something to report (RunStatusBanner).
import { useShallow } from 'zustand/react/shallow';
import type { RunId } from '../../workers/contract';
import { runName } from '../compare/runName';
import { useT } from '../i18n';
import { useSay } from '../i18n/lazyStrings';
import { RUN_STATUS } from '../i18n/runStatusStrings';
import { useLab } from '../store/labStore';
import type { RunStatusCommands } from './RunStatusBanner';
import { formatSignificant } from './format';
import { clearPlayRefusal, usePlayRefusal } from './playRefusal';

/** The validator's lowest learning rate. */
const MIN_LEARNING_RATE = 1e-6;

function lowerLearningRate(lr: number): number {
  return Math.max(Number((lr / 10).toPrecision(6)), MIN_LEARNING_RATE);
}

interface RunStatusProps {
  runId: RunId;
  /** "Run B" in a comparison, else null. */
  name: string | null;
  /** Another run of the comparison is still training. */
  othersTrain: boolean;
  commands: RunStatusCommands;
}

function RunStatus({ runId, name, othersTrain, commands }: RunStatusProps) {
  const t = useT();
  const say = useSay(RUN_STATUS);
  // Only what the messages read: the run itself is a new object with every frame (its epoch).
  const run = useLab(
    useShallow((s) => {
      const r = s.runs[runId];
      return r
        ? {
            status: r.status,
            config: r.config,
            es: r.earlyStopping,
            problem: r.problem,
            // The epoch only where a message shows it, so frames do not re-render the rest.
            divergedAt: r.status === 'diverged' ? (r.divergedEpoch ?? r.epoch) : null,
          }
        : null;
    }),
  );
  if (!run) return null;
  const { status, config, es, problem, divergedAt } = run;
  const lr = config.optimizer.learningRate;
  const best = es.bestEpoch ?? 0;
  const who = name === null ? null : <strong>{name}: </strong>;
  const others = othersTrain && <> {say('controls.status.othersTrainOn')}</>;

  let message = null;
  if (status === 'diverged') {
    const lower = lowerLearningRate(lr);
    message = (
      <div className="rl-banner rl-banner--alert" role="alert">
        <p>
          {who}
          <strong>{say('controls.status.diverged', { epoch: divergedAt ?? 0 })}</strong>{' '}
          {say('controls.status.divergedWhy', { lr: formatSignificant(lr, 6) })}
          {others}
        </p>
        <div className="rl-banner-actions">
          <button
            type="button"
            className="rl-button rl-button--primary"
            title={say('controls.status.resetLowerLrTitle', { lr: formatSignificant(lower, 6) })}
            // A diverged run paused playback; the fix trains on at once.
            onClick={() => commands.recover(runId)}
          >
            {say('controls.status.resetLowerLr')}
          </button>
          <button type="button" className="rl-button" onClick={commands.resetRuns}>
            {t('controls.playback.reset')}
          </button>
        </div>
      </div>
    );
  } else if (status === 'stopped' && es.stoppedEpoch !== null) {
    const stop = es.stoppedEpoch;
    message = (
      <div className="rl-banner rl-banner--info" role="status">
        <p>
          {who}
          <strong>{say('controls.status.stopped', { stop, best })}</strong>{' '}
          {es.restored
            ? say('controls.status.restored', { best })
            : say('controls.status.notRestored', { stop })}
          {others}
        </p>
        {!othersTrain && <p className="rl-banner-hint">{say('controls.status.markOnlyHint')}</p>}
      </div>
    );
  } else if (status === 'running' && config.earlyStopping.markOnly && es.stoppedEpoch !== null) {
    message = (
      <div className="rl-banner rl-banner--info" role="status">
        <p>
          {who}
          {say('controls.status.marked', { stop: es.stoppedEpoch, best })}
        </p>
      </div>
    );
  } else if (status === 'done' && othersTrain) {
    message = (
      <div className="rl-banner rl-banner--info" role="status">
        <p>
          {who}
          {say('controls.status.doneOne', { epochs: config.epochs.toLocaleString('en') })}
          {others}
        </p>
      </div>
    );
  }

  return (
    <>
      {message}
      {problem && (
        <div className="rl-banner rl-banner--alert" role="alert">
          <p>
            {who}
            {say('controls.status.problem', { message: problem.message })}
          </p>
        </div>
      )}
    </>
  );
}

/** No run trains and the budget is used up: one message for all, with the way to train on. */
function BudgetUsed({ epochs, trainOn }: { epochs: number; trainOn: () => void }) {
  const say = useSay(RUN_STATUS);
  return (
    <div className="rl-banner rl-banner--info" role="status">
      <p>{say('controls.status.done', { epochs: epochs.toLocaleString('en') })}</p>
      <div className="rl-banner-actions">
        <button
          type="button"
          className="rl-button rl-button--primary"
          title={say('controls.status.trainOnTitle', { epochs: epochs.toLocaleString('en') })}
          onClick={trainOn}
        >
          {say('controls.status.trainOn')}
        </button>
      </div>
    </div>
  );
}

/** Play was pressed with nothing left to train: why, and the ways on. */
function PlayRefused({ diverged, commands }: { diverged: boolean; commands: RunStatusCommands }) {
  const t = useT();
  const say = useSay(RUN_STATUS);
  return (
    <div className="rl-banner rl-banner--alert" role="alert" data-testid="play-refused">
      <p>
        {say(
          diverged ? 'controls.status.playRefusedDiverged' : 'controls.status.playRefusedStopped',
        )}
      </p>
      {!diverged && (
        <div className="rl-banner-actions">
          <button
            type="button"
            className="rl-button rl-button--primary"
            onClick={commands.keepTraining}
          >
            {say('controls.status.keepTraining')}
          </button>
          <button
            type="button"
            className="rl-button"
            onClick={() => {
              clearPlayRefusal();
              commands.resetRuns();
            }}
          >
            {t('controls.playback.reset')}
          </button>
        </div>
      )}
    </div>
  );
}

/** `runId` is the run shown alone; in a comparison every run of it is reported. */
export default function RunStatusMessages({
  runId,
  commands,
}: {
  runId: RunId;
  commands: RunStatusCommands;
}) {
  const t = useT();
  const comparing = useLab((s) => s.comparison !== null);
  const ids = useLab(useShallow((s) => (s.comparison ? s.runOrder : [runId])));
  const statuses = useLab(useShallow((s) => ids.map((id) => s.runs[id]?.status)));
  const budget = useLab((s) => s.runs[runId]?.config.epochs ?? 0);
  const refused = usePlayRefusal((s) => s.refused);
  const running = statuses.filter((st) => st === 'running').length;
  // Nothing trains and a run reached its budget: Train on (and Play) train the budgeted runs on.
  const budgetUsed = running === 0 && statuses.includes('done');
  return (
    <>
      {refused && running === 0 && !budgetUsed && (
        <PlayRefused diverged={statuses.every((st) => st === 'diverged')} commands={commands} />
      )}
      {budgetUsed && <BudgetUsed epochs={budget} trainOn={commands.trainOn} />}
      {ids.map((id, i) => (
        <RunStatus
          key={id}
          runId={id}
          name={comparing ? runName(i, t) : null}
          othersTrain={running > (statuses[i] === 'running' ? 1 : 0)}
          commands={commands}
        />
      ))}
    </>
  );
}

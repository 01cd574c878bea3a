// Why a run is not training: it diverged (with a one-click fix), early stopping ended it, it ran
// all its epochs, or the worker refused a setting. Also says where "mark only" would have stopped.
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { resetRuns } from '../lab/actions';
import { trainOn } from '../lab/labConfig';
import { recoverFromDivergence } from '../lab/recovery';
import { useLab } from '../store/labStore';
import './controls.css';
import { formatSignificant } from './format';

/** The validator's lowest learning rate. */
const MIN_LEARNING_RATE = 1e-6;

function lowerLearningRate(lr: number): number {
  return Math.max(Number((lr / 10).toPrecision(6)), MIN_LEARNING_RATE);
}

export function RunStatusBanner({ runId }: { runId: RunId }) {
  const t = useT();
  const run = useLab((s) => s.runs[runId]);
  if (!run) return null;
  const { status, config, earlyStopping: es, problem } = run;
  const lr = config.optimizer.learningRate;
  const best = es.bestEpoch ?? 0;

  let message = null;
  if (status === 'diverged') {
    const lower = lowerLearningRate(lr);
    message = (
      <div className="rl-banner rl-banner--alert" role="alert">
        <p>
          <strong>
            {t('controls.status.diverged', { epoch: run.divergedEpoch ?? run.epoch })}
          </strong>{' '}
          {t('controls.status.divergedWhy', { lr: formatSignificant(lr, 6) })}
        </p>
        <div className="rl-banner-actions">
          <button
            type="button"
            className="rl-button rl-button--primary"
            title={t('controls.status.resetLowerLrTitle', { lr: formatSignificant(lower, 6) })}
            onClick={() => recoverFromDivergence(runId)}
          >
            {t('controls.status.resetLowerLr')}
          </button>
          <button type="button" className="rl-button" onClick={resetRuns}>
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
          <strong>{t('controls.status.stopped', { stop, best })}</strong>{' '}
          {es.restored
            ? t('controls.status.restored', { best })
            : t('controls.status.notRestored', { stop })}
        </p>
        <p className="rl-banner-hint">{t('controls.status.markOnlyHint')}</p>
      </div>
    );
  } else if (status === 'running' && config.earlyStopping.markOnly && es.stoppedEpoch !== null) {
    message = (
      <div className="rl-banner rl-banner--info" role="status">
        <p>{t('controls.status.marked', { stop: es.stoppedEpoch, best })}</p>
      </div>
    );
  } else if (status === 'done') {
    message = (
      <div className="rl-banner rl-banner--info" role="status">
        <p>{t('controls.status.done', { epochs: config.epochs.toLocaleString() })}</p>
        <div className="rl-banner-actions">
          <button
            type="button"
            className="rl-button rl-button--primary"
            title={t('controls.status.trainOnTitle', { epochs: config.epochs.toLocaleString() })}
            onClick={trainOn}
          >
            {t('controls.status.trainOn')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="rl-run-status">
      {message}
      {problem && (
        <div className="rl-banner rl-banner--alert" role="alert">
          <p>{t('controls.status.problem', { message: problem.message })}</p>
        </div>
      )}
    </div>
  );
}

// Play/pause, one epoch at a time, reset, the training speed, and where the run is.
import { useId } from 'react';
import { setSpeed } from '../lab/actions';
import { MAIN_RUN, useLab } from '../store/labStore';
import { useT } from '../i18n';
import './controls.css';
import { PlaybackButtons } from './PlaybackButtons';
import { usePlaybackShortcuts } from './usePlaybackShortcuts';

const SPEEDS = [1, 5, 30, 120];
const FASTEST = 'max';

export function PlaybackBar() {
  const t = useT();
  const speedId = useId();
  const speed = useLab((s) => s.playback.speed);
  // Side by side, a run that stopped early must not hold the counter back: the latest epoch.
  const epoch = useLab((s) => Math.max(0, ...s.runOrder.map((id) => s.runs[id]?.epoch ?? 0)));
  const measured = useLab((s) => s.runs[MAIN_RUN]?.epochsPerSecond ?? 0);
  const training = useLab((s) => s.training);
  usePlaybackShortcuts();

  const speeds = speed === null || SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed];
  return (
    <div className="rl-playback" role="group" aria-label={t('controls.playback.label')}>
      <PlaybackButtons
        buttonClass="rl-button"
        iconClass="rl-icon"
        keys={{ play: 'Space', step: 'ArrowRight .', reset: 'R' }}
      />
      <span className="rl-speed">
        <label htmlFor={speedId}>{t('controls.playback.speed')}</label>
        <select
          id={speedId}
          className="rl-select"
          value={speed === null ? FASTEST : String(speed)}
          title={t('controls.playback.speedTitle')}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setSpeed(v === FASTEST ? null : Number(v));
          }}
        >
          {speeds.map((n) => (
            <option key={n} value={String(n)}>
              {t(n === 1 ? 'controls.playback.speedOne' : 'controls.playback.speedN', { n })}
            </option>
          ))}
          <option value={FASTEST}>{t('controls.playback.fastest')}</option>
        </select>
      </span>
      <span className="rl-epoch">
        <span className="rl-epoch-label">{t('controls.playback.epoch')}</span>{' '}
        <span className="rl-epoch-value" data-testid="epoch-counter" aria-busy={training}>
          {epoch}
        </span>
      </span>
      {/* Only while the worker trains: a paused or ended run has no speed, not its last one. */}
      <span
        className="rl-eps"
        title={t('controls.playback.measuredTitle')}
        data-testid="speed-readout"
      >
        {training && measured > 0
          ? t('controls.playback.measured', { eps: Math.round(measured) })
          : ''}
      </span>
    </div>
  );
}

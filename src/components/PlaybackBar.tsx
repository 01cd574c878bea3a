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
const KEYS = { play: 'Space', step: 'ArrowRight .', reset: 'R' };

export function PlaybackBar() {
  const t = useT();
  const speedId = useId();
  const speed = useLab((s) => s.playback.speed);
  // Side by side, a run that stopped early must not hold the counter back: the latest epoch.
  usePlaybackShortcuts();

  const speeds = speed === null || SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed];
  return (
    <div className="rl-playback" role="group" aria-label={t('controls.playback.label')}>
      <PlaybackButtons buttonClass="rl-button" iconClass="rl-icon" keys={KEYS} />
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
        <span className="rl-epoch-label">{t('controls.playback.epoch')}</span> <EpochCounter />
      </span>
      <span
        className="rl-eps"
        title={t('controls.playback.measuredTitle')}
        data-testid="speed-readout"
      >
        <SpeedReadout />
      </span>
    </div>
  );
}

// The two readouts that change at frame rate select their own figures: the bar around them (its
// buttons, the speed menu and its options) re-rendered with every frame when it selected them.
function EpochCounter() {
  const epoch = useLab((s) => Math.max(0, ...s.runOrder.map((id) => s.runs[id]?.epoch ?? 0)));
  const training = useLab((s) => s.training);
  return (
    <span className="rl-epoch-value" data-testid="epoch-counter" aria-busy={training}>
      {epoch}
    </span>
  );
}

/** Only while the worker trains: a paused or ended run has no speed, not its last one. */
function SpeedReadout() {
  const t = useT();
  const measured = useLab((s) => s.runs[MAIN_RUN]?.epochsPerSecond ?? 0);
  const training = useLab((s) => s.training);
  return training && measured > 0
    ? t('controls.playback.measured', { eps: Math.round(measured) })
    : '';
}

// Play/pause, step and reset: the same three buttons in the lab's header and in presentation
// mode, which differ only in their styling and in the shortcuts they announce.
import { useT } from '../i18n';
import { useLab } from '../store/labStore';
import { resetTraining, stepOneEpoch, togglePlay } from './playbackCommands';

export interface PlaybackButtonsProps {
  /** Class of every button; the play button adds `${buttonClass}--primary`. */
  buttonClass: string;
  iconClass: string;
  /** aria-keyshortcuts of the play, step and reset buttons. */
  keys: { play: string; step: string; reset: string };
}

export function PlaybackButtons({ buttonClass, iconClass, keys }: PlaybackButtonsProps) {
  const t = useT();
  const playing = useLab((s) => s.playback.playing);
  return (
    <>
      <button
        type="button"
        className={`${buttonClass} ${buttonClass}--primary`}
        title={t('controls.playback.playTitle')}
        aria-keyshortcuts={keys.play}
        onClick={togglePlay}
      >
        <span aria-hidden="true" className={iconClass}>
          {playing ? '❚❚' : '▶'}
        </span>
        {playing ? t('controls.pause') : t('controls.play')}
      </button>
      <button
        type="button"
        className={buttonClass}
        title={t('controls.playback.stepTitle')}
        aria-keyshortcuts={keys.step}
        onClick={stepOneEpoch}
      >
        {t('controls.playback.step')}
      </button>
      <button
        type="button"
        className={buttonClass}
        title={t('controls.playback.resetTitle')}
        aria-keyshortcuts={keys.reset}
        onClick={resetTraining}
      >
        {t('controls.playback.reset')}
      </button>
    </>
  );
}

// The presentation's buttons: previous/next lesson, play/pause, one epoch, reset, the keys
// legend, full screen and the way out. Each names its key in its tooltip and aria-keyshortcuts.
import { PlaybackButtons } from '../components/PlaybackButtons';
import { useT } from '../i18n';
import { nextLesson, previousLesson } from '../lesson/lessonActions';
import { exitPresentation, requestFullscreen, toggleLegend } from './presentationActions';
import { usePresentation } from './presentationStore';

export function PresentationBar({ fullscreen }: { fullscreen: boolean }) {
  const t = useT();
  const legendOpen = usePresentation((s) => s.legendOpen);
  return (
    <nav className="pres-bar" aria-label={t('controls.playback.label')}>
      <button
        type="button"
        className="pres-button"
        title={t('presentation.previousTitle')}
        aria-keyshortcuts="PageUp ArrowLeft"
        onClick={() => previousLesson({ play: true })}
      >
        <span aria-hidden="true">◀ </span>
        {t('presentation.previous')}
      </button>
      <PlaybackButtons
        buttonClass="pres-button"
        iconClass="pres-icon"
        keys={{ play: 'Space K', step: 'S', reset: 'R' }}
      />
      <button
        type="button"
        className="pres-button"
        title={t('presentation.nextTitle')}
        aria-keyshortcuts="PageDown ArrowRight"
        onClick={() => nextLesson({ play: true })}
      >
        {t('presentation.next')}
        <span aria-hidden="true"> ▶</span>
      </button>
      <span className="pres-bar-gap" />
      <button
        type="button"
        className="pres-button pres-button--quiet"
        title={t('presentation.keysTitle')}
        aria-keyshortcuts="?"
        aria-pressed={legendOpen}
        onClick={toggleLegend}
      >
        {t('presentation.keys')}
      </button>
      {!fullscreen && (
        <button
          type="button"
          className="pres-button pres-button--quiet"
          title={t('presentation.fullscreenTitle')}
          onClick={requestFullscreen}
        >
          {t('presentation.fullscreen')}
        </button>
      )}
      <button
        type="button"
        className="pres-button pres-button--quiet"
        title={t('presentation.exitTitle')}
        aria-keyshortcuts="Escape"
        onClick={exitPresentation}
      >
        {t('presentation.exit')}
      </button>
    </nav>
  );
}

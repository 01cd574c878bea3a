// The lesson's caption, a row under the header: its title, what it sets up and what to look for.
// It folds to one line (a laptop screen needs the room for the charts), and says so when the
// student has changed a setting since the lesson loaded, with the way back.
import { useT } from '../i18n';
import { restartLesson } from './lessonActions';
import { useCurrentLesson, useLessonChanged, useLessonStore, useLessonText } from './lessonStore';
import './lesson.css';

/** The caption's text: the Lesson menu points at it (aria-describedby). */
export const LESSON_CAPTION_ID = 'lesson-caption-text';

function setOpen(captionOpen: boolean): void {
  useLessonStore.setState({ captionOpen });
}

export function LessonCaption() {
  const t = useT();
  const text = useLessonText();
  const lesson = useCurrentLesson();
  const open = useLessonStore((s) => s.captionOpen);
  const changed = useLessonChanged();
  if (!lesson) return null;
  return (
    <div className={open ? 'lesson-bar' : 'lesson-bar lesson-bar--folded'}>
      <p id={LESSON_CAPTION_ID} className="lesson-caption" data-testid="lesson-caption">
        <strong>{text(lesson.titleKey)}.</strong>
        {open && (
          <>
            {' '}
            {text(lesson.captionKey)}{' '}
            <span className="lesson-caption-label">{t('lesson.caption.label')}:</span>{' '}
            {text(lesson.lookForKey)}
          </>
        )}
      </p>
      {changed && (
        <p className="lesson-changed" data-testid="lesson-changed" title={t('lesson.changed.help')}>
          {t('lesson.changed')}{' '}
          <button
            type="button"
            className="rl-button lesson-reload"
            title={t('lesson.reloadTitle')}
            onClick={restartLesson}
          >
            {t('lesson.reload')}
          </button>
        </p>
      )}
      <button
        type="button"
        className="rl-button lesson-fold"
        aria-expanded={open}
        aria-controls={LESSON_CAPTION_ID}
        title={t(open ? 'lesson.caption.hideTitle' : 'lesson.caption.showTitle')}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'lesson.caption.hide' : 'lesson.caption.show')}
      </button>
    </div>
  );
}

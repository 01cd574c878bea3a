// The slide's caption: the lesson's title, what it sets up and what to look for, or, without a
// lesson, what the settings are. Large, at the top, where a class looks first.
import { useT } from '../i18n';
import type { Lesson } from '../lesson/lesson';
import { useLessonText } from '../lesson/lessonStore';
import { useMainConfig } from '../store/labStore';
import { settingsSummary, settingsTitle } from './settingsSummary';

export function PresentationCaption({ lesson }: { lesson: Lesson | null }) {
  const t = useT();
  const text = useLessonText();
  const config = useMainConfig();
  return (
    <div className="pres-caption" data-testid="presentation-caption" aria-live="polite">
      <h1 className="pres-title">{lesson ? text(lesson.titleKey) : settingsTitle(config, t)}</h1>
      {lesson ? (
        <p className="pres-description">
          {text(lesson.captionKey)}{' '}
          <strong className="pres-look">{t('lesson.caption.label')}:</strong>{' '}
          {text(lesson.lookForKey)}
        </p>
      ) : (
        <p className="pres-description">{settingsSummary(config, t)}</p>
      )}
    </div>
  );
}

// The header's "Lesson" picker. Its options come from the lesson catalog, a chunk loaded right
// after start-up; choosing one loads the lesson (paused at epoch 0, its pace, the URL updated).
import { useEffect } from 'react';
import { useT } from '../i18n';
import { LESSON_CAPTION_ID } from './LessonCaption';
import { leaveLesson, startLesson } from './lessonActions';
import { loadCatalog, useCatalog, useCurrentLesson, useLessonText } from './lessonStore';
import './lesson.css';

const SELECT_ID = 'lesson-select';

export function LessonMenu() {
  const t = useT();
  const text = useLessonText();
  const catalog = useCatalog();
  const lesson = useCurrentLesson();
  useEffect(() => {
    void loadCatalog();
  }, []);
  return (
    <div className="lesson-menu">
      <label htmlFor={SELECT_ID} className="lesson-label">
        {t('lesson.menu.label')}
      </label>
      <select
        id={SELECT_ID}
        className="lesson-select"
        title={t('lesson.menu.help')}
        aria-describedby={lesson ? LESSON_CAPTION_ID : undefined}
        value={lesson?.id ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value) startLesson(value);
          else leaveLesson();
        }}
      >
        <option value="">{t('lesson.menu.choose')}</option>
        {catalog?.LESSONS.map((l) => (
          <option key={l.id} value={l.id}>
            {text(l.titleKey)}
          </option>
        ))}
      </select>
    </div>
  );
}

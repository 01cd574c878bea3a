// The header's "Lesson" picker: loading a preset sets the config and the comparison (paused, at
// epoch 0, the URL updated), and the caption below says what to look for.
import { useEffect, useId } from 'react';
import { useT } from '../i18n';
import { MAIN_RUN, useLab } from '../store/labStore';
import {
  clearLesson,
  loadPreset,
  matchPreset,
  useCurrentLesson,
  useLessonStore,
} from './lessonStore';
import { PRESETS } from './presets';
import './lesson.css';

/** A page opened from a lesson's link carries only its config: find the lesson it came from. */
function useLessonFromLink(): void {
  const config = useLab((s) => s.runs[MAIN_RUN]!.config);
  const comparison = useLab((s) => s.comparison);
  useEffect(() => {
    const match = matchPreset(config, comparison);
    if (match && useLessonStore.getState().currentLessonId !== match.id) {
      useLessonStore.setState({ currentLessonId: match.id });
    }
  }, [config, comparison]);
}

export function LessonMenu() {
  const t = useT();
  const id = useId();
  const lesson = useCurrentLesson();
  useLessonFromLink();
  return (
    <div className="lesson-menu">
      <label htmlFor={`${id}-select`} className="lesson-label">
        {t('lesson.menu.label')}
      </label>
      <select
        id={`${id}-select`}
        className="lesson-select"
        title={t('lesson.menu.help')}
        aria-describedby={lesson ? `${id}-caption` : undefined}
        value={lesson?.id ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value) loadPreset(value);
          else clearLesson();
        }}
      >
        <option value="">{t('lesson.menu.choose')}</option>
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {t(p.titleKey)}
          </option>
        ))}
      </select>
      {lesson && (
        <p id={`${id}-caption`} className="lesson-caption" data-testid="lesson-caption">
          <strong>{t(lesson.titleKey)}.</strong>{' '}
          <span className="lesson-caption-label">{t('lesson.caption.label')}:</span>{' '}
          {t(lesson.descriptionKey)}
        </p>
      )}
    </div>
  );
}

// The presentation's view of the lesson presets (src/lesson/): which one is on screen, its title
// and description in the page's language, and stepping to the next or previous one. Kept to this
// file so the presentation depends on the lessons through one narrow seam.
import { stringsOf } from '../i18n';
import { nextPreset, previousPreset, useLessonStore } from '../lesson/lessonStore';
import { PRESETS, presetById } from '../lesson/presets';
import { useLab } from '../store/labStore';

export { nextPreset, previousPreset };

export interface PresetInfo {
  id: string;
  title: string | null;
  description: string | null;
  /** What the preset is about, for choosing its controls; its id says so (e.g. "l1-vs-l2"). */
  techniques: string[];
}

/** Whether there are presets to step through. */
export const hasLessons = PRESETS.length > 0;

/** A lesson string, or null while its table is not merged into the i18n index. */
function text(lang: 'en' | 'zh', key: string): string | null {
  return (stringsOf(lang) as Record<string, string | undefined>)[key] ?? null;
}

/** The current preset's caption, in the page's language. */
export function useCurrentPreset(): PresetInfo | null {
  const lang = useLab((s) => s.lang);
  const id = useLessonStore((s) => s.currentLessonId);
  if (id === null) return null;
  const p = presetById(id);
  if (!p) return null;
  return {
    id,
    title: text(lang, p.titleKey),
    description: text(lang, p.descriptionKey),
    techniques: [id],
  };
}

// Which lesson is on screen, and whether the lab still is that lesson. The lesson catalog (configs
// and texts, both languages) is a chunk of its own, loaded right after start-up: the store holds
// the loaded catalog and the current lesson object, so everything here reads synchronously. The
// actions that load a lesson are in lessonActions.ts (they use the lab; this module must not, so
// the hash writer can read it).
import { create } from 'zustand';
import type { ConfigV1 } from '../../workers/contract';
import type { LessonTextKey } from '../i18n/lessonTexts';
import type { Comparison } from '../store/configPatch';
import { MAIN_RUN, useLab } from '../store/labStore';
import type { ControlRanges } from './defaultLab';
import { DEFAULT_LAB_RANGES } from './defaultLab';
import type { Lesson } from './lesson';

export type LessonCatalog = typeof import('./catalog');

export interface LessonState {
  /** The catalog, once its chunk has loaded. */
  catalog: LessonCatalog | null;
  /** The lesson on screen (its caption shows), or null for the plain lab. */
  lesson: Lesson | null;
  /** Whether the lesson's caption is unfolded (a laptop's header folds it to one line). */
  captionOpen: boolean;
}

export const useLessonStore = create<LessonState>(() => ({
  catalog: null,
  lesson: null,
  captionOpen: true,
}));

let loading: Promise<LessonCatalog> | null = null;

/** Loads the catalog chunk (once). */
export function loadCatalog(): Promise<LessonCatalog> {
  loading ??= import('./catalog').then((m) => {
    useLessonStore.setState({ catalog: m });
    return m;
  });
  return loading;
}

/** The loaded catalog, or null while its chunk is on its way. */
export function useCatalog(): LessonCatalog | null {
  return useLessonStore((s) => s.catalog);
}

/** The lesson on screen, or null. Its `ranges` are always filled (the default lab's if it has none). */
export function useCurrentLesson(): Lesson | null {
  return useLessonStore((s) => s.lesson);
}

/** The λ and p sliders' ranges: the lesson's, or the default lab's. */
export function useControlRanges(): ControlRanges {
  return useLessonStore((s) => s.lesson?.ranges ?? DEFAULT_LAB_RANGES);
}

/** A lesson text in the page's language (the catalog is loaded whenever a lesson is on). */
export function useLessonText(): (key: LessonTextKey) => string {
  const lang = useLab((s) => s.lang);
  const catalog = useCatalog();
  return (key) => catalog?.LESSON_TEXTS[lang][key] ?? '';
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Whether a comparison is the lesson's own. */
export function isLessonComparison(lesson: Lesson | null, comparison: Comparison | null): boolean {
  return lesson !== null && comparison !== null && sameJson(lesson.comparison, comparison);
}

/**
 * Whether the lab is still the lesson: the same settings and comparison. The epoch budget does not
 * count: "Train on" doubles it, and the lesson is still what the class is looking at.
 */
export function labFollowsLesson(
  lesson: Lesson,
  config: ConfigV1,
  comparison: Comparison | null,
): boolean {
  return (
    sameJson({ ...lesson.config, epochs: 0 }, { ...config, epochs: 0 }) &&
    sameJson(lesson.comparison, comparison)
  );
}

/** Whether the student has changed a setting since the lesson loaded. */
export function useLessonChanged(): boolean {
  const lesson = useCurrentLesson();
  const config = useLab((s) => s.runs[MAIN_RUN]!.config);
  const comparison = useLab((s) => s.comparison);
  return lesson !== null && !labFollowsLesson(lesson, config, comparison);
}

/**
 * The lesson a link should carry: the current one while the lab still is it. A link copied after
 * the student changed a setting opens their settings, without a caption that no longer holds.
 */
export function lessonForLink(): string | undefined {
  const { lesson } = useLessonStore.getState();
  if (!lesson) return undefined;
  const s = useLab.getState();
  return labFollowsLesson(lesson, s.runs[MAIN_RUN]!.config, s.comparison) ? lesson.id : undefined;
}

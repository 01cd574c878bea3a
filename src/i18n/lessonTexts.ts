// The lessons' titles, captions and "what to look for" in both languages: a chunk of their own,
// loaded with the lesson catalog (src/lesson/catalog.ts).
import type { Lang } from '../store/urlCodec';
import { lessonTexts as en } from './en/lessonTexts';
import { lessonTexts as zh } from './zh/lessonTexts';

export type LessonTextKey = keyof typeof en;

export const LESSON_TEXTS: Record<Lang, Record<LessonTextKey, string>> = { en, zh };

// The views' texts in both languages: a chunk of their own, loaded with the first view opened
// (the tab names, in en/views.ts, ship at start-up).
import { viewTexts as en } from './en/viewTexts';
import { viewTexts as zh } from './zh/viewTexts';

export const VIEW_TEXTS = { en, zh };
export type ViewTextKey = keyof typeof en;

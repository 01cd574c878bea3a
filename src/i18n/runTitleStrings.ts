// The run-title texts in both languages: a chunk of the side-by-side view (see runTitle.ts).
import { runTitles as en } from './en/runTitles';
import { runTitles as zh } from './zh/runTitles';

export type RunTitleKey = keyof typeof en;
export const RUN_TITLE_STRINGS = { en, zh };

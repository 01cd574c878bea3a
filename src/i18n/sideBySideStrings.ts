// The side-by-side view's strings in both languages: in the view's chunk (see lazyStrings.ts).
import { sideBySide as en } from './en/sideBySide';
import type { LazyTable } from './lazyStrings';
import { sideBySide as zh } from './zh/sideBySide';

export type SideBySideKey = keyof typeof en;
export const SIDE_BY_SIDE: LazyTable<typeof en> = { en, zh };

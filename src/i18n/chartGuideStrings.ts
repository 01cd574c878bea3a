// The loss chart's reading guide in both languages: a chunk of its own (see LossGuideBody).
import { chartGuide as en } from './en/chartGuide';
import type { LazyTable } from './lazyStrings';
import { chartGuide as zh } from './zh/chartGuide';

export const CHART_GUIDE: LazyTable<typeof en> = { en, zh };

// The run status messages in both languages: in the messages' chunk (see lazyStrings.ts).
import { runStatus as en } from './en/runStatus';
import type { LazyTable } from './lazyStrings';
import { runStatus as zh } from './zh/runStatus';

export const RUN_STATUS: LazyTable<typeof en> = { en, zh };

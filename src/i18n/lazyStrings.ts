// String tables that load with a chunk of the page (the side-by-side view, the run status
// messages, the curves' reading guide) instead of with the page: each is an English table and
// its Chinese translation, typed like the page's own (a missing key is a compile error), read
// with the same {name} placeholders.
import { useMemo } from 'react';
import { useLab } from '../store/labStore';
import type { Lang } from '../store/urlCodec';
import type { Strings, Translation } from './define';

export interface LazyTable<E extends Strings> {
  en: E;
  zh: Translation<E>;
}

export type Say<E extends Strings> = (
  key: keyof E,
  params?: Record<string, string | number>,
) => string;

export function sayIn<E extends Strings>(table: LazyTable<E>, lang: Lang): Say<E> {
  const strings: Translation<E> = table[lang];
  return (key, params) =>
    strings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      params && name in params ? String(params[name]) : m,
    );
}

/** The table's lookup in the page's language. */
export function useSay<E extends Strings>(table: LazyTable<E>): Say<E> {
  const lang = useLab((s) => s.lang);
  return useMemo(() => sayIn(table, lang), [table, lang]);
}

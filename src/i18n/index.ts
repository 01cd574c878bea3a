// English and 简体中文. `useT()` gives the current language's lookup; `{name}` placeholders are
// filled from the params. English ships with the page; the Chinese tables are a chunk of their
// own, loaded before the page switches to them (loadLanguage), so an English reader never
// downloads them.
import { useCallback } from 'react';
import { useLab } from '../store/labStore';
import type { Lang } from '../store/urlCodec';
import type { Translation } from './define';
import { EN } from './en';

export { EN };
export type StringKey = keyof typeof EN;
export type Params = Record<string, string | number>;
export type Translate = (key: StringKey, params?: Params) => string;

const tables: { en: Translation<typeof EN>; zh: Translation<typeof EN> | null } = {
  en: EN,
  zh: null,
};

/** Makes a language's strings available; resolves at once for English or once loaded. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'zh' && !tables.zh) tables.zh = (await import('./zh')).ZH;
}

/** A language's table, or English while it has not loaded (loadLanguage before switching). */
export function stringsOf(lang: Lang): Translation<typeof EN> {
  return tables[lang] ?? EN;
}

export function translate(lang: Lang, key: StringKey, params?: Params): string {
  const text: string = stringsOf(lang)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export function useT(): Translate {
  const lang = useLab((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

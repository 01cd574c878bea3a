// The guessing form's strings in the page's language: a table of their own in the form's lazy
// chunk (both languages: together a few hundred bytes), so the start-up bundle carries only the
// button's.
import { useCallback } from 'react';
import type { Params } from '../../i18n';
import { predictForm as en } from '../../i18n/en/predictForm';
import { predictForm as zh } from '../../i18n/zh/predictForm';
import { useLab } from '../../store/labStore';

export type FormKey = keyof typeof en;
export type FormT = (key: FormKey, params?: Params) => string;

export const FORM_STRINGS = { en, zh } as const;

export function formText(lang: 'en' | 'zh', key: FormKey, params?: Params): string {
  const text: string = FORM_STRINGS[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export function useFormT(): FormT {
  const lang = useLab((s) => s.lang);
  return useCallback((key, params) => formText(lang, key, params), [lang]);
}

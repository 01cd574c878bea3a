// English and 简体中文. `useT()` gives the current language's lookup; `{name}` placeholders are
// filled from the params.
import { useCallback } from 'react';
import { useLab } from '../store/labStore';
import type { Lang } from '../store/urlCodec';
import { charts } from './charts';
import { common } from './common';
import { compare } from './compare';
import { controls } from './controls';
import { explanations } from './explanations';
import { lessons } from './lessons';
import { presentation } from './presentation';
import { share } from './share';

export const STRINGS = {
  en: {
    ...common.en,
    ...lessons.en,
    ...explanations.en,
    ...compare.en,
    ...controls.en,
    ...charts.en,
    ...presentation.en,
    ...share.en,
  },
  zh: {
    ...common.zh,
    ...lessons.zh,
    ...explanations.zh,
    ...compare.zh,
    ...controls.zh,
    ...charts.zh,
    ...presentation.zh,
    ...share.zh,
  },
};

export type StringKey = keyof typeof STRINGS.en;
export type Params = Record<string, string | number>;
export type Translate = (key: StringKey, params?: Params) => string;

export function translate(lang: Lang, key: StringKey, params?: Params): string {
  const text: string = STRINGS[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export function useT(): Translate {
  const lang = useLab((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

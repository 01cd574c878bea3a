// The sweep panel's strings in the page's language: a table of their own, loaded with the panel
// (both languages: together they are smaller than the charts that use them).
import { useCallback } from 'react';
import type { Params } from '../i18n';
import { sweepPanel as en } from '../i18n/en/sweepPanel';
import { sweepPanel as zh } from '../i18n/zh/sweepPanel';
import { useLab } from '../store/labStore';

export type SweepKey = keyof typeof en;
export type SweepT = (key: SweepKey, params?: Params) => string;

export const SWEEP_STRINGS = { en, zh } as const;

export function sweepText(lang: 'en' | 'zh', key: SweepKey, params?: Params): string {
  const text: string = SWEEP_STRINGS[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export function useSweepT(): SweepT {
  const lang = useLab((s) => s.lang);
  return useCallback((key, params) => sweepText(lang, key, params), [lang]);
}

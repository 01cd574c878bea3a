// The views' own lookup (their texts load with them, see i18n/viewTexts.ts), `{name}` filled as
// useT() does.
import { useCallback } from 'react';
import type { ViewTextKey } from '../i18n/viewTexts';
import { VIEW_TEXTS } from '../i18n/viewTexts';
import { useLab } from '../store/labStore';

export type ViewT = (key: ViewTextKey, params?: Record<string, string | number>) => string;

export function useViewT(): ViewT {
  const lang = useLab((s) => s.lang);
  return useCallback(
    (key, params) =>
      VIEW_TEXTS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
        params && name in params ? String(params[name]) : m,
      ),
    [lang],
  );
}

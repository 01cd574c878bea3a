import { describe, expect, it } from 'vitest';
import { STRINGS, translate } from './index';

describe('strings in English and 简体中文', () => {
  it('every key exists in both languages with non-empty text', () => {
    const en = Object.keys(STRINGS.en).sort();
    const zh = Object.keys(STRINGS.zh).sort();
    expect(zh).toEqual(en);
    for (const lang of ['en', 'zh'] as const) {
      for (const [key, text] of Object.entries(STRINGS[lang])) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('both languages use the same placeholders for each key', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[]) {
      expect(names(STRINGS.zh[key]), key).toEqual(names(STRINGS.en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'app.title')).toBe('RegLab');
  });
});

import { describe, expect, it } from 'vitest';
import { VIEW_TEXTS } from './viewTexts';

describe('the views’ texts in English and 简体中文', () => {
  it('have the same keys, each with text, and the same placeholders', () => {
    const { en, zh } = VIEW_TEXTS;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { EN, loadLanguage, stringsOf, translate } from './index';
import { ZH } from './zh';

describe('strings in English and 简体中文', () => {
  it('every key exists in both languages with non-empty text', () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
    for (const table of [EN, ZH]) {
      for (const [key, text] of Object.entries(table)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same placeholders for each key', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(names(ZH[key]), key).toEqual(names(EN[key]));
    }
  });

  it('fills placeholders, and reads Chinese once it has loaded', async () => {
    expect(translate('en', 'app.title')).toBe('RegLab');
    await loadLanguage('zh');
    expect(stringsOf('zh')).toBe(ZH);
    expect(translate('zh', 'notice.dismiss')).toBe(ZH['notice.dismiss']);
  });
});

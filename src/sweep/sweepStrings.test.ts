import { describe, expect, it } from 'vitest';
import { SWEEP_STRINGS, sweepText } from './sweepStrings';

describe('the sweep panel’s strings', () => {
  it('exist in English and 简体中文 with the same keys and placeholders, none empty', () => {
    const { en, zh } = SWEEP_STRINGS;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(sweepText('en', 'sweep.size', { points: 39, workers: 1 })).toBe(
      '39 points on 1 worker(s)',
    );
    expect(sweepText('zh', 'sweep.size', { points: 39, workers: 1 })).toBe('39 个点，1 个工作线程');
  });
});

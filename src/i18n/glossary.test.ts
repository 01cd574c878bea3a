// One term per concept in 简体中文, as the concept note names them: epoch = 周期 (its 训练周期),
// validation set = 验证集, weight = 权重, keep probability = 保留概率. Every Chinese table is
// checked, the lazily loaded ones too: a string that says 轮次 where the rest say 周期 fails.
import { describe, expect, it } from 'vitest';
import { EXPLANATION_BODIES } from './explanationBodies';
import { EN } from './index';
import { LESSON_TEXTS } from './lessonTexts';
import { ZH } from './zh';

const TABLES = {
  page: { en: EN as Record<string, string>, zh: ZH as Record<string, string> },
  explanations: EXPLANATION_BODIES as Record<'en' | 'zh', Record<string, string>>,
  lessons: LESSON_TEXTS as Record<'en' | 'zh', Record<string, string>>,
};

/** Each concept's one Chinese term, the English words that name it, and the terms it must not use. */
const GLOSSARY = [
  // 轮廓 (an outline) is not an epoch; every other 轮 in these tables would be.
  { term: '周期', english: /\bepochs?\b/i, not: /轮次|轮(?!廓)|迭代次数|时期|纪元/ },
  { term: '验证集', english: /\bvalidation\b/i, not: /校验集|验证数据集|开发集|验证组/ },
  { term: '权重', english: /\bweights?\b/i, not: /权值/ },
  { term: '保留概率', english: /\bkeep probability\b/i, not: /保持概率|留存概率|存活概率/ },
] as const;

function entries(): [string, string, string][] {
  return Object.entries(TABLES).flatMap(([table, { en, zh }]) =>
    Object.keys(en).map((key): [string, string, string] => [
      `${table}: ${key}`,
      en[key]!,
      zh[key]!,
    ]),
  );
}

describe('the Chinese glossary', () => {
  it('uses no other term for a concept than its one term', () => {
    for (const { not } of GLOSSARY) {
      const mixed = entries()
        .filter(([, , zh]) => not.test(zh))
        .map(([key, , zh]) => `${key}: ${zh}`);
      expect(mixed).toEqual([]);
    }
  });

  it('names the concept with its term wherever the English names it', () => {
    for (const { term, english } of GLOSSARY) {
      // Placeholders ("Best {epoch}") are numbers, not the word.
      const missing = entries()
        .filter(([, en, zh]) => english.test(en.replace(/\{\w+\}/g, '')) && !zh.includes(term))
        .map(([key, en, zh]) => `${key}: ${en} → ${zh}`);
      expect(missing, term).toEqual([]);
    }
  });

  it('fails on a mixed glossary', () => {
    const [epoch] = GLOSSARY;
    expect(epoch.not.test('第 40 轮')).toBe(true);
    expect(epoch.not.test('最佳轮次')).toBe(true);
    expect(epoch.not.test('决策边界的轮廓')).toBe(false);
    expect(epoch.not.test('第 40 个周期')).toBe(false);
  });
});

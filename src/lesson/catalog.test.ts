// The lesson catalog as a whole: every lesson a valid, complete object the page can load, in both
// languages, with ranges the config allows and a budget that plays in a classroom's attention
// span. Each lesson's effect is held by lessonEffects.test.ts and viewLessons.test.ts.
import { describe, expect, it } from 'vitest';
import { CONFIG_RANGES, validateConfig } from '../../workers/contract';
import { EN } from '../i18n';
import { LESSON_TEXTS } from '../i18n/lessonTexts';
import { checkComparison } from '../store/urlCodec';
import { LESSONS, lessonById } from './catalog';
import { DEFAULT_LAB_RANGES, LESSON_PACED_SPEED } from './defaultLab';
import { TECHNIQUES } from './lesson';

const VIEWS = ['geometry', 'dropout-ensemble', 'batch-norm', 'weights-over-time', 'sweep'];

describe('the lesson catalog', () => {
  it('holds the classic lessons under their old ids (links use them) and the view lessons', () => {
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'overfitting',
      'l2',
      'l1-features',
      'l1-vs-l2',
      'dropout',
      'early-stopping',
      'batch-norm',
      'augmentation',
      'l1-l2-dropout',
      'combined',
      'l1-geometry',
      'dropout-ensemble',
      'batch-norm-learning-rate',
      'l2-vs-adamw',
      'choose-lambda',
    ]);
    for (const id of ids) expect(lessonById(id)?.id).toBe(id);
    expect(lessonById('no-such-lesson')).toBeUndefined();
  });

  it('every lesson is a valid config with a comparison every run of which is valid', () => {
    for (const l of LESSONS) {
      expect(validateConfig(l.config).config, l.id).toEqual(l.config);
      if (l.comparison) {
        expect(l.comparison.variants.length, l.id).toBeGreaterThanOrEqual(1);
        expect(l.comparison.variants.length, l.id).toBeLessThanOrEqual(3);
        expect(checkComparison(l.comparison, l.config), l.id).toEqual(l.comparison);
      }
    }
  });

  it('has its title, caption and what to look for in English and Chinese', () => {
    for (const l of LESSONS) {
      for (const key of [l.titleKey, l.captionKey, l.lookForKey]) {
        for (const lang of ['en', 'zh'] as const) {
          expect(LESSON_TEXTS[lang][key]?.trim(), `${lang} ${key}`).toBeTruthy();
        }
      }
      expect(l.titleKey).toBe(`lesson.${l.id}.title`);
    }
    // Every text belongs to a lesson: none is left over from a removed one.
    const used = new Set(LESSONS.flatMap((l) => [l.titleKey, l.captionKey, l.lookForKey]));
    expect(Object.keys(LESSON_TEXTS.en).filter((k) => !used.has(k as never))).toEqual([]);
  });

  it('labels every run with an i18n key, so both languages name it', () => {
    for (const l of LESSONS) {
      if (!l.comparison) continue;
      const labels = [l.comparison.mainLabel, ...l.comparison.variants.map((v) => v.label)];
      for (const label of labels) expect(label in EN, `${l.id}: ${label}`).toBe(true);
    }
  });

  it('gives every lesson slider ranges inside the config’s limits', () => {
    const lambda = CONFIG_RANGES['regularization.lambda'];
    const keep = CONFIG_RANGES['model.dropoutKeep'];
    for (const l of LESSONS) {
      const r = l.ranges;
      expect(r.lambda.min, l.id).toBeGreaterThan(lambda.min);
      expect(r.lambda.max, l.id).toBeLessThanOrEqual(lambda.max);
      expect(r.lambda.max, l.id).toBeGreaterThan(r.lambda.min);
      expect(r.dropoutKeep.min, l.id).toBeGreaterThanOrEqual(keep.min);
      expect(r.dropoutKeep.max, l.id).toBeLessThanOrEqual(keep.max);
      expect(l.config.model.dropoutKeep, l.id).toBeGreaterThanOrEqual(r.dropoutKeep.min);
    }
    expect(lessonById('overfitting')!.ranges).toBe(DEFAULT_LAB_RANGES);
  });

  it('paces every lesson so its budget plays within 30 s, none faster than the paced speed', () => {
    for (const l of LESSONS) {
      expect(l.pacedSpeed, l.id).toBeGreaterThan(0);
      expect(l.pacedSpeed, l.id).toBeLessThanOrEqual(LESSON_PACED_SPEED);
      expect(l.config.epochs / l.pacedSpeed, l.id).toBeLessThanOrEqual(30);
      expect(Number.isInteger(l.config.epochs), l.id).toBe(true);
    }
  });

  it('names its featured controls from the typed list, and its views from the known ones', () => {
    for (const l of LESSONS) {
      for (const t of l.techniques) expect(TECHNIQUES, l.id).toContain(t);
      expect(new Set(l.techniques).size, l.id).toBe(l.techniques.length);
      if (l.view !== undefined) expect(VIEWS, l.id).toContain(l.view);
    }
    expect(lessonById('l1-vs-l2')!.techniques).toEqual(['regularization']);
    expect(lessonById('batch-norm-learning-rate')!.techniques).toEqual([
      'batchNorm',
      'learningRate',
    ]);
    expect(lessonById('l1-geometry')!.view).toBe('geometry');
  });
});

// @vitest-environment jsdom
// A link copied during a lesson reopens the lesson: the hash carries `lesson=<id>` while the lab
// still is the lesson, and a page opened from it shows the caption again and takes the pace.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import '../components/testLab';
import { currentHash } from '../lab/hash';
import { startLab } from '../lab/labConfig';
import { decodeHash, encodeHash } from '../store/urlCodec';
import { useLab } from '../store/labStore';
import { lessonById } from './catalog';
import { defaultLabConfig } from './defaultLab';
import { openLinkedLesson, startLesson } from './lessonActions';
import { loadCatalog, useLessonStore } from './lessonStore';

beforeAll(async () => {
  await loadCatalog();
});

beforeEach(() => {
  useLessonStore.setState({ lesson: null });
});

/** Opens the page from a link, as main.tsx does. */
function open(hash: string): void {
  startLab(hash);
  openLinkedLesson(hash);
}

describe('a lesson in the link', () => {
  it('round-trips through the hash next to every other part', () => {
    const lesson = lessonById('l1-vs-l2')!;
    const state = {
      config: lesson.config,
      comparison: lesson.comparison,
      lang: 'zh' as const,
      present: true,
      lesson: 'l1-vs-l2',
    };
    const hash = encodeHash(state);
    expect(hash).toMatch(/&lesson=l1-vs-l2$/);
    expect(decodeHash(hash)).toMatchObject({ ...state, problem: null });
    // Without a lesson the hash is as before.
    expect(encodeHash({ ...state, lesson: undefined })).not.toContain('lesson=');
  });

  it('drops an id that is not shaped like one, and a lesson without settings to check', () => {
    const config = encodeURIComponent(JSON.stringify(defaultLabConfig()));
    expect(decodeHash(`#config=${config}&lesson=%3Cscript%3E`).lesson).toBeUndefined();
    expect(decodeHash(`#config=${config}&lesson=${'x'.repeat(200)}`).lesson).toBeUndefined();
    expect(decodeHash('#lesson=overfitting').lesson).toBeUndefined();
    expect(decodeHash(`#config={oops&lesson=overfitting`)).toMatchObject({
      problem: { kind: 'malformed' },
    });
    expect(decodeHash(`#config={oops&lesson=overfitting`).lesson).toBeUndefined();
  });

  it('a page opened from a lesson’s link shows the lesson again, at its pace', () => {
    startLesson('batch-norm');
    const link = currentHash();
    expect(link).toContain('lesson=batch-norm');
    useLessonStore.setState({ lesson: null });
    useLab.setState((s) => ({ playback: { ...s.playback, speed: null } }));
    open(link);
    expect(useLessonStore.getState().lesson?.id).toBe('batch-norm');
    expect(useLab.getState().playback.speed).toBe(20);
    expect(currentHash()).toBe(link);
  });

  it('ignores an unknown lesson, and one whose settings the link no longer holds, without a notice', () => {
    const lesson = lessonById('dropout')!;
    const withLesson = (config: typeof lesson.config, id: string) =>
      encodeHash({ config, comparison: lesson.comparison, lang: 'en', lesson: id });
    open(withLesson(lesson.config, 'not-a-lesson'));
    expect(useLessonStore.getState().lesson).toBeNull();
    expect(useLab.getState().notice).toBeNull();
    expect(currentHash()).not.toContain('lesson=');

    const changed = structuredClone(lesson.config);
    changed.model.dropoutKeep = 0.7;
    open(withLesson(changed, 'dropout'));
    expect(useLessonStore.getState().lesson).toBeNull();
    expect(useLab.getState().notice).toBeNull();
    expect(currentHash()).not.toContain('lesson=');

    open(withLesson(lesson.config, 'dropout'));
    expect(useLessonStore.getState().lesson?.id).toBe('dropout');
  });
});

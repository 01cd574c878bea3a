// Loading a lesson: the one action the Lesson menu, presentation mode's next/previous and a
// lesson link use. A lesson sets the lab (config and comparison, paused at epoch 0, through
// labConfig's loadLesson, the same low-level load an import uses), its paced speed, and the link.
import { play, setSpeed } from '../lab/actions';
import { writeHash } from '../lab/hash';
import { loadLesson } from '../lab/labConfig';
import { MAIN_RUN, useLab } from '../store/labStore';
import { sweepLink } from '../sweep/sweepLink';
import { decodeHash } from '../store/urlCodec';
import type { Lesson } from './lesson';
import type { LessonCatalog } from './lessonStore';
import { labFollowsLesson, loadCatalog, useLessonStore } from './lessonStore';
import { prefersReducedMotion } from './motion';

export interface StartOptions {
  /** Start training at once (presentation mode's next/previous: a clicker has no Play key). */
  play?: boolean;
}

/** Runs at once when the catalog is loaded (the usual case), else once its chunk arrives. */
function withCatalog(run: (catalog: LessonCatalog) => void): void {
  const { catalog } = useLessonStore.getState();
  if (catalog) run(catalog);
  else void loadCatalog().then(run);
}

function labIs(lesson: Lesson): boolean {
  const s = useLab.getState();
  return labFollowsLesson(lesson, s.runs[MAIN_RUN]!.config, s.comparison);
}

function show(lesson: Lesson, options: StartOptions): void {
  loadLesson({
    config: structuredClone(lesson.config),
    comparison: structuredClone(lesson.comparison),
  });
  // A lesson some run refused (a notice says why) is not on screen: no caption claims it.
  if (!labIs(lesson)) return;
  // The Sweep view opens with the lesson's sweep settings, as from a link.
  if (lesson.sweep) sweepLink.text = lesson.sweep;
  useLessonStore.setState({ lesson });
  setSpeed(lesson.pacedSpeed);
  writeHash();
  if (options.play && !prefersReducedMotion()) play();
}

/** Loads the lesson with this id (paused at epoch 0 unless asked to play); unknown ids are ignored. */
export function startLesson(id: string, options: StartOptions = {}): void {
  withCatalog((catalog) => {
    const lesson = catalog.lessonById(id);
    if (lesson) show(lesson, options);
  });
}

function step(by: 1 | -1, options: StartOptions): void {
  withCatalog(({ LESSONS }) => {
    const current = useLessonStore.getState().lesson;
    const i = current === null ? -1 : LESSONS.findIndex((l) => l.id === current.id);
    // From no lesson, "next" starts at the first and "previous" at the last.
    const next = i < 0 ? (by === 1 ? 0 : LESSONS.length - 1) : i + by;
    if (next >= 0 && next < LESSONS.length) show(LESSONS[next]!, options);
  });
}

export function nextLesson(options: StartOptions = {}): void {
  step(1, options);
}

export function previousLesson(options: StartOptions = {}): void {
  step(-1, options);
}

/** Back to the lesson's own settings, from epoch 0 (after the student changed some). */
export function restartLesson(): void {
  const { lesson } = useLessonStore.getState();
  if (lesson) show(lesson, {});
}

/** Leaves the lesson (its caption goes away); the lab keeps its settings. */
export function leaveLesson(): void {
  useLessonStore.setState({ lesson: null });
  writeHash();
}

/**
 * After the lab was started from a link (labConfig's startLab): the link's lesson, if it names one
 * and the lab still is that lesson, shows its caption and takes its pace. Anything else (an
 * unknown id, settings changed since) leaves the plain lab, without a notice, and the address bar
 * without the lesson.
 */
export function openLinkedLesson(hash: string): void {
  useLessonStore.setState({ lesson: null });
  const id = decodeHash(hash).lesson;
  if (id === undefined) return;
  withCatalog((catalog) => {
    const lesson = catalog.lessonById(id);
    if (lesson && labIs(lesson)) {
      useLessonStore.setState({ lesson });
      setSpeed(lesson.pacedSpeed);
    }
    writeHash();
  });
}

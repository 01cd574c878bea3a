// A lesson: one typed object that holds everything the page needs to teach one effect. The menu,
// the caption, the Compare menu, the link, presentation mode and the "why" views all read it;
// nothing guesses a lesson's meaning from its id. The lessons themselves are in catalog.ts.
import type { ConfigV1 } from '../../workers/contract';
import type { LessonTextKey } from '../i18n/lessonTexts';
import type { Comparison } from '../store/configPatch';
import type { ControlRanges } from './defaultLab';

/** A lesson's id: every id with a title in the lesson texts (src/i18n/en/lessonTexts.ts). */
export type LessonId = LessonTextKey extends infer K
  ? K extends `lesson.${infer Id}.title`
    ? Id
    : never
  : never;

/** The "why it works" views a lesson can open (their panels read `useCurrentLesson()?.view`). */
export type ViewId = 'geometry' | 'dropout-ensemble' | 'batch-norm' | 'weights-over-time' | 'sweep';

/**
 * The controls a lesson is about, in the order the lab introduces them: presentation mode shows
 * only these. `learningRate` is the learning rate and batch size; `weightDecay` the decoupled
 * (AdamW) switch.
 */
export const TECHNIQUES = [
  'regularization',
  'weightDecay',
  'dropout',
  'earlyStopping',
  'augmentation',
  'batchNorm',
  'learningRate',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export interface Lesson {
  id: LessonId;
  /** i18n keys (lesson texts): the menu title, what is set up, and what to look for. */
  titleKey: LessonTextKey;
  captionKey: LessonTextKey;
  lookForKey: LessonTextKey;
  /** The main run's settings; its epoch budget is `config.epochs`. */
  config: ConfigV1;
  /** Side-by-side runs (run labels are i18n keys), or none. */
  comparison: Comparison | null;
  /** The λ and p sliders' ranges while the lesson is on. */
  ranges: ControlRanges;
  /** Epochs per second the lesson plays at (so the class sees the story unfold). */
  pacedSpeed: number;
  /** The controls the lesson features. */
  techniques: readonly Technique[];
  /** A "why" view the lesson opens, if any. */
  view?: ViewId;
  /** The sweep the Sweep view starts from, as a link writes it (sweep/sweepSettings.ts). */
  sweep?: string;
}

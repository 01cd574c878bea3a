// Which controls a lecture needs on screen: the lesson's featured techniques (a typed list in the
// lesson object), or, for a lab without a lesson, the techniques its settings switch on (a lab
// with L2 switched on is "about" L2).
import type { ConfigV1 } from '../../workers/contract';
import type { Lesson, Technique } from '../lesson/lesson';
import { TECHNIQUES } from '../lesson/lesson';

export type { Technique };

/** The techniques switched on in a config, in the order the lab introduces them. */
export function techniquesInConfig(c: ConfigV1): Technique[] {
  const a = c.augmentation;
  const reg = c.regularization;
  const on: Record<Technique, boolean> = {
    regularization: reg.kind !== 'none',
    weightDecay: reg.decoupled && (reg.kind === 'l2' || reg.kind === 'elasticnet'),
    dropout: c.model.dropoutKeep < 1,
    earlyStopping: c.earlyStopping.enabled,
    augmentation: a.jitter > 0 || a.rotate > 0 || a.flip !== 'none' || a.scale > 0 || a.mixup > 0,
    batchNorm: c.model.batchNorm,
    // Always on: shown only where a lesson features it.
    learningRate: false,
  };
  return TECHNIQUES.filter((t) => on[t]);
}

/** What the presentation shows controls for. An empty list leaves play, pause, step and reset. */
export function presentedTechniques(
  config: ConfigV1,
  lesson: Pick<Lesson, 'techniques'> | null,
): readonly Technique[] {
  return lesson ? lesson.techniques : techniquesInConfig(config);
}

/** Penalties act on the weights: their histogram belongs beside the boundary. */
export function showsWeights(techniques: readonly Technique[]): boolean {
  return techniques.includes('regularization') || techniques.includes('weightDecay');
}

// Which controls a lecture needs on screen. A preset may name its technique; without one the
// technique is read from the settings themselves (a lab with L2 switched on is "about" L2).
import type { ConfigV1 } from '../../workers/contract';

export type Technique =
  'regularization' | 'dropout' | 'earlyStopping' | 'augmentation' | 'batchNorm';

/** Words a preset id or its declared technique may use, normalized (lower case, letters only). */
const WORDS: [RegExp, Technique][] = [
  [/elasticnet|l1|l2|regulari|weightdecay|lambda|lasso|ridge/, 'regularization'],
  [/dropout/, 'dropout'],
  [/earlystop|patience/, 'earlyStopping'],
  [/augment|jitter|mixup|flip|rotat/, 'augmentation'],
  [/batchnorm|^bn|bn$/, 'batchNorm'],
];

/** The techniques a name speaks of: 'l2-vs-none' → regularization; 'dropout' → dropout. */
export function techniquesNamed(name: string): Technique[] {
  const word = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return WORDS.filter(([re]) => re.test(word)).map(([, t]) => t);
}

/** The techniques switched on in a config, in the order the lesson introduces them. */
export function techniquesInConfig(c: ConfigV1): Technique[] {
  const a = c.augmentation;
  const on: [boolean, Technique][] = [
    [c.regularization.kind !== 'none', 'regularization'],
    [c.model.dropoutKeep < 1, 'dropout'],
    [c.earlyStopping.enabled, 'earlyStopping'],
    [
      a.jitter > 0 || a.rotate > 0 || a.flip !== 'none' || a.scale > 0 || a.mixup > 0,
      'augmentation',
    ],
    [c.model.batchNorm, 'batchNorm'],
  ];
  return on.filter(([yes]) => yes).map(([, t]) => t);
}

/**
 * What the presentation shows controls for: what the preset declares, else what its id names,
 * else what the settings switch on. An empty list leaves only play, pause, step and reset.
 */
export function presentedTechniques(
  config: ConfigV1,
  preset: { id: string; techniques: string[] } | null,
): Technique[] {
  if (preset) {
    const declared = preset.techniques.flatMap(techniquesNamed);
    if (declared.length) return unique(declared);
    const fromId = techniquesNamed(preset.id);
    if (fromId.length) return unique(fromId);
  }
  return techniquesInConfig(config);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Penalties act on the weights: their histogram belongs beside the boundary. */
export function showsWeights(techniques: readonly Technique[]): boolean {
  return techniques.includes('regularization');
}

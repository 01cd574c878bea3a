// Every bound of config v1 (docs/config.md) in one place. Validation enforces them for every way a
// config arrives (link, file, CLI, the page's own edits); the controls take their numbers from here,
// so a limit the page shows is the limit a link or file gets.

/** A number key's allowed values, both ends included. */
export interface Range {
  min: number;
  max: number;
  integer: boolean;
}

/** The most points a dataset holds: what the generators make and what a custom dataset may hold. */
export const MAX_POINTS = 5000;
/** A custom dataset needs this many points, of both classes. */
export const MIN_CUSTOM_POINTS = 4;
export const MAX_HIDDEN_LAYERS = 6;
export const MAX_LAYER_WIDTH = 32;
export const SPLIT_TOLERANCE = 1e-6;

/**
 * How deeply anything read from a link or file may nest. A config nests 4 levels (data.points[i]
 * is a list in a list in an object in an object) and a link's comparison 7; far deeper input is
 * not a RegLab config, and would overflow the stack of the recursive steps after validation
 * (structuredClone, JSON.stringify) with "Maximum call stack size exceeded".
 */
export const MAX_NESTING = 32;

/** The unknown keys named one by one in warnings; the rest are counted. */
export const MAX_WARNINGS = 10;

/** The range of every number key, by dotted path. */
export const CONFIG_RANGES = {
  seed: { min: 0, max: 4294967295, integer: true },
  epochs: { min: 1, max: 100000, integer: true },
  'data.samples': { min: 10, max: MAX_POINTS, integer: true },
  'data.noise': { min: 0, max: 3, integer: false },
  'data.labelNoise': { min: 0, max: 0.5, integer: false },
  // Each share on its own; validation also wants train above 0 and the three adding up to 1.
  'data.split.train': { min: 0, max: 1, integer: false },
  'data.split.val': { min: 0, max: 1, integer: false },
  'data.split.test': { min: 0, max: 1, integer: false },
  'model.dropoutKeep': { min: 0.05, max: 1, integer: false },
  'optimizer.learningRate': { min: 1e-6, max: 10, integer: false },
  'optimizer.batchSize': { min: 0, max: MAX_POINTS, integer: true },
  'regularization.lambda': { min: 0, max: 10, integer: false },
  'regularization.l1Ratio': { min: 0, max: 1, integer: false },
  'augmentation.jitter': { min: 0, max: 2, integer: false },
  'augmentation.rotate': { min: 0, max: 180, integer: false },
  'augmentation.scale': { min: 0, max: 0.9, integer: false },
  'augmentation.mixup': { min: 0, max: 4, integer: false },
  'earlyStopping.patience': { min: 1, max: 10000, integer: true },
  'earlyStopping.minDelta': { min: 0, max: 1, integer: false },
} as const satisfies Record<string, Range>;

export type RangedKey = keyof typeof CONFIG_RANGES;

/**
 * Whether `value` nests more than `limit` levels of objects and lists. Iterative, so it answers for
 * input of any depth (JSON.parse itself reads any depth without recursion); stops at the first
 * place too deep.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limit) return true;
    const children: unknown[] = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

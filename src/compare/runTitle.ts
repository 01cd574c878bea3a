// A comparison panel's title says what its run differs in, read from the configs themselves: a
// panel titled "No regularization" can never be training with L2. The settings any run changes
// are described for every run ("No regularization" / "L1, λ = 0.01" / "L2, λ = 0.01"). A preset's
// label ("L1") stays while it still says all there is: the runs differ in nothing it does not name
// and the run still has that value.
import type { ConfigPatch, ConfigV1 } from '../../workers/contract';
import { diffConfig } from '../../workers/contract';
import { formatSignificant } from '../components/format';
import type { StringKey, Translate } from '../i18n';
import type { Say } from '../i18n/lazyStrings';
import { sayIn } from '../i18n/lazyStrings';
import type { SideBySideKey } from '../i18n/sideBySideStrings';
import { SIDE_BY_SIDE } from '../i18n/sideBySideStrings';
import type { Lang } from '../store/urlCodec';

/** What a preset's run label claims about its run (the labels are i18n keys in links). */
export const LABEL_MEANINGS: Record<string, ConfigPatch> = {
  'compare.run.none': { regularization: { kind: 'none' } },
  'compare.run.l1': { regularization: { kind: 'l1' } },
  'compare.run.l2': { regularization: { kind: 'l2' } },
  'compare.run.p1': { model: { dropoutKeep: 1 } },
  'compare.run.p05': { model: { dropoutKeep: 0.5 } },
  'compare.run.esOn': { earlyStopping: { enabled: true } },
  'compare.run.esOff': { earlyStopping: { enabled: false } },
  'compare.run.bnOn': { model: { batchNorm: true } },
  'compare.run.bnOff': { model: { batchNorm: false } },
};

export interface TitledRun {
  label: string;
  config: ConfigV1;
}

type Leaf = [path: string, value: unknown];

/** The patch's settings as dotted paths; arrays (layers, features, points) are single values. */
function leaves(patch: unknown, prefix = ''): Leaf[] {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return [[prefix, patch]];
  return Object.entries(patch).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Settings described together: "L1, λ = 0.01" is one thing to a student, not two. */
function groupOf(path: string): string {
  for (const whole of ['regularization', 'earlyStopping', 'data.split']) {
    if (path.startsWith(`${whole}.`)) return whole;
  }
  return path;
}

/** The order of a title's parts: the regularizers first, as the control panel has them. */
const ORDER = [
  'regularization',
  'model.dropoutKeep',
  'model.batchNorm',
  'earlyStopping',
  'augmentation.jitter',
  'augmentation.rotate',
  'augmentation.flip',
  'augmentation.scale',
  'augmentation.mixup',
  'model.hidden',
  'model.activation',
  'optimizer.kind',
  'optimizer.learningRate',
  'optimizer.batchSize',
  'data.dataset',
  'data.samples',
  'data.noise',
  'data.labelNoise',
  'data.split',
  'data.points',
  'features',
  'seed',
  'epochs',
];
const rank = (g: string) => (ORDER.includes(g) ? ORDER.indexOf(g) : ORDER.length);

/** The page's strings (`t`) and the run-title strings (`say`), in the reader's language. */
interface Words {
  t: Translate;
  say: Say<typeof SIDE_BY_SIDE.en>;
}

const num = (v: number) => formatSignificant(v, 3);
const pct = (v: number) => String(Math.round(100 * v));

function regularization(c: ConfigV1, say: Words['say']): string {
  const r = c.regularization;
  if (r.kind === 'none') return say('compare.title.none');
  const lambda = num(r.lambda);
  let s =
    r.kind === 'elasticnet'
      ? say('compare.title.elasticnet', { lambda, alpha: num(r.l1Ratio) })
      : say(r.kind === 'l1' ? 'compare.title.l1' : 'compare.title.l2', { lambda });
  if (r.kind !== 'l2' && r.l1Method === 'subgradient') s += say('compare.title.subgradient');
  if (r.kind !== 'l1' && r.decoupled) s += say('compare.title.decoupled');
  return s;
}

function earlyStopping(c: ConfigV1, say: Words['say']): string {
  const es = c.earlyStopping;
  if (!es.enabled) return say('compare.title.esOff');
  const key = es.markOnly ? 'compare.title.esMark' : 'compare.title.esOn';
  return say(key, { patience: es.patience });
}

/** One part of a title: how this run has the setting `group`. */
function describe(group: string, c: ConfigV1, { t, say }: Words): string {
  const a = c.augmentation;
  const off = (v: number, on: SideBySideKey, none: SideBySideKey) =>
    v > 0 ? say(on, { v: num(v) }) : say(none);
  switch (group) {
    case 'regularization':
      return regularization(c, say);
    case 'earlyStopping':
      return earlyStopping(c, say);
    case 'model.dropoutKeep':
      return c.model.dropoutKeep === 1
        ? say('compare.title.noDropout')
        : say('compare.title.dropout', { p: num(c.model.dropoutKeep) });
    case 'model.batchNorm':
      return say(c.model.batchNorm ? 'compare.title.bnOn' : 'compare.title.bnOff');
    case 'augmentation.jitter':
      return off(a.jitter, 'compare.title.jitter', 'compare.title.noJitter');
    case 'augmentation.rotate':
      return off(a.rotate, 'compare.title.rotate', 'compare.title.noRotate');
    case 'augmentation.scale':
      return off(a.scale, 'compare.title.scale', 'compare.title.noScale');
    case 'augmentation.mixup':
      return off(a.mixup, 'compare.title.mixup', 'compare.title.noMixup');
    case 'augmentation.flip':
      return say(`compare.title.flip.${a.flip}`);
    case 'model.hidden':
      return c.model.hidden.length
        ? say('compare.title.hidden', { layers: c.model.hidden.join(' × ') })
        : say('compare.title.noHidden');
    case 'model.activation':
      return t(`controls.net.activation.${c.model.activation}`);
    case 'optimizer.kind':
      return t(`controls.opt.kind.${c.optimizer.kind}`);
    case 'optimizer.learningRate':
      return say('compare.title.lr', { v: num(c.optimizer.learningRate) });
    case 'optimizer.batchSize':
      return c.optimizer.batchSize === 0
        ? t('controls.opt.fullBatch')
        : say('compare.title.batch', { v: c.optimizer.batchSize });
    case 'data.dataset':
      return t(`controls.dataset.${c.data.dataset}`);
    case 'data.samples':
      return say('compare.title.samples', { v: c.data.samples });
    case 'data.noise':
      return say('compare.title.noise', { v: num(c.data.noise) });
    case 'data.labelNoise':
      return say('compare.title.labelNoise', { v: num(c.data.labelNoise) });
    case 'data.split': {
      const s = c.data.split;
      return say('compare.title.split', { split: [s.train, s.val, s.test].map(pct).join('/') });
    }
    case 'data.points':
      return t('controls.dataset.custom');
    case 'features':
      return say('compare.title.features', { list: c.features.join(', ') });
    case 'seed':
      return say('compare.title.seed', { v: c.seed });
    case 'epochs':
      return say('compare.title.epochs', { v: c.epochs.toLocaleString('en') });
    default:
      return group;
  }
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Does the label still say all there is: the runs differ, in nothing it does not name, and the
 * run still has what it names?
 */
function labelHolds(label: string, config: ConfigV1, differing: Set<string>): boolean {
  const meaning = LABEL_MEANINGS[label];
  if (!meaning || differing.size === 0) return false;
  const claimed = leaves(meaning);
  const named = new Set(claimed.map(([path]) => path));
  return (
    [...differing].every((path) => named.has(path)) &&
    claimed.every(([path, value]) => leaves(config).some(([p, v]) => p === path && v === value))
  );
}

/**
 * Each run's title, the main run first. `runs[0]` is the main run; the others are described by
 * what any run of the comparison changes from it.
 */
export function runTitles(runs: readonly TitledRun[], t: Translate, lang: Lang): string[] {
  const words: Words = { t, say: sayIn(SIDE_BY_SIDE, lang) };
  const main = runs[0];
  if (!main) return [];
  const differing = new Set<string>();
  for (const run of runs.slice(1)) {
    for (const [path] of leaves(diffConfig(main.config, run.config) ?? {})) differing.add(path);
  }
  const groups = [...new Set([...differing].map(groupOf))].sort((a, b) => rank(a) - rank(b));
  return runs.map((run, i) => {
    if (labelHolds(run.label, run.config, differing)) return t(run.label as StringKey);
    if (!groups.length) return words.say(i === 0 ? 'compare.title.main' : 'compare.title.copy');
    return capitalized(groups.map((g) => describe(g, run.config, words)).join(', '));
  });
}

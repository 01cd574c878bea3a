// The URL hash carries the whole state a link should restore: the config (config v1), its custom
// points, the side-by-side comparison, the language and the lesson on screen:
// `#config=<JSON>&points=<packed>&compare=<JSON>&lang=zh&lesson=<id>`, the JSON parts URI-encoded,
// the points packed by pointsCodec.ts, then the settings of the last finished sweep (`sweep=l3b`,
// see sweep/sweepLink.ts). Links written before the points were packed hold them in the config
// JSON, and still open. A malformed hash never blanks the page: the decoder falls back to defaults
// and says what it could not read.
import type { ConfigV1 } from '../../workers/contract';
import { applyPatch, ConfigError, validateConfig } from '../../workers/contract';
import { defaultLabConfig } from '../lesson/defaultLab';
import { SWEEP_LINK } from '../sweep/sweepLink';
import type { Comparison } from './configPatch';
import { MAX_VARIANTS } from './configPatch';
import { decodePoints, encodePoints } from './pointsCodec';

/**
 * The longest hash the app offers as a link. Chromium keeps about 2 MB in the address bar but shows
 * and copies only 32 KB (32,768 characters), Firefox and Safari keep 64–80 KB, and chat apps and
 * e-mail cut far shorter links; 32,000 leaves room for the address before the hash. A 5,000-point
 * dataset made in the point editor fits (about 28,000 characters); longer setups are shared as a
 * file (a run or config export).
 */
export const SAFE_LINK_LENGTH = 32_000;

/** Whether a hash is too long to share as a link: offer the file export instead. */
export function linkIsTooLong(hash: string): boolean {
  return hash.length > SAFE_LINK_LENGTH;
}

export type Lang = 'en' | 'zh';

export interface HashState {
  config: ConfigV1;
  lang: Lang;
  comparison: Comparison | null;
  /** Presentation mode (`present=1`): a link can open the lab ready for a lecture hall. */
  present?: boolean;
  /**
   * The lesson on screen (`lesson=<id>`), written only while the lab still is that lesson, so a
   * page opened from the link shows its caption again. The page checks the id against its
   * catalog and the settings against the lesson's; anything else is ignored without a notice.
   */
  lesson?: string;
  /** The settings of the last finished sweep (`sweep=`, see sweep/sweepSettings.ts). */
  sweep?: string | null;
}

export interface DecodedHash extends HashState {
  sweep: string | null;
  /** What was wrong with the link, in English (the notice translates the kind). */
  problem: { kind: 'malformed' | 'invalid'; detail: string } | null;
  warnings: string[];
}

export function encodeHash(s: HashState): string {
  const { points, ...data } = s.config.data;
  const packed = points ? encodePoints(points) : null;
  const config = packed === null ? s.config : { ...s.config, data };
  const parts = [`config=${encodeURIComponent(JSON.stringify(config))}`];
  if (packed !== null) parts.push(`points=${packed}`);
  if (s.comparison) parts.push(`compare=${encodeURIComponent(JSON.stringify(s.comparison))}`);
  if (s.lang !== 'en') parts.push(`lang=${s.lang}`);
  if (s.present) parts.push('present=1');
  if (s.lesson) parts.push(`lesson=${encodeURIComponent(s.lesson)}`);
  if (s.sweep) parts.push(`sweep=${s.sweep}`);
  return `#${parts.join('&')}`;
}

/**
 * Checks a comparison against the main config: every variant must give a valid config. Unknown
 * keys in the variants' patches are added to `warnings`, naming the variant.
 */
export function checkComparison(
  value: unknown,
  main: ConfigV1,
  warnings: string[] = [],
): Comparison {
  const fail = (why: string): never => {
    throw new ConfigError('compare', `The comparison in the link is not usable: ${why}.`);
  };
  if (typeof value !== 'object' || value === null) return fail('it is not an object');
  const c = value as Partial<Comparison>;
  if (typeof c.mainLabel !== 'string' || !Array.isArray(c.variants)) {
    return fail('it needs mainLabel and variants');
  }
  if (c.variants.length < 1 || c.variants.length > MAX_VARIANTS) {
    return fail(`it needs 1 to ${MAX_VARIANTS} variants besides the main run`);
  }
  const variants = c.variants.map((v: unknown, i) => {
    const variant = v as Partial<Comparison['variants'][number]>;
    if (typeof variant?.label !== 'string' || typeof variant.patch !== 'object' || !variant.patch) {
      return fail(`variant ${i + 1} needs a label and a patch`);
    }
    try {
      const checked = validateConfig(applyPatch(main, variant.patch));
      warnings.push(...checked.warnings.map((w) => `In variant ${i + 1} of the comparison: ${w}`));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return fail(`variant ${i + 1}: ${why.replace(/\.$/, '')}`);
    }
    return { label: variant.label.slice(0, 60), patch: variant.patch };
  });
  return { mainLabel: c.mainLabel.slice(0, 60), variants };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The config JSON with the packed points put back in `data.points`, or what was wrong. */
function withPoints(json: unknown, packed: string): unknown {
  // Anything but an object is left for validateConfig to report.
  if (!isObject(json) || !(json.data === undefined || isObject(json.data))) return json;
  const data = json.data ?? {};
  if (Object.prototype.hasOwnProperty.call(data, 'points')) {
    throw new SyntaxError('the link holds the points twice, in config and in points');
  }
  let points;
  try {
    points = decodePoints(packed);
  } catch {
    throw new SyntaxError('the points in the link could not be read');
  }
  return { ...json, data: { ...data, points } };
}

/** A lesson id has the catalog's shape (lower case, digits, hyphens); anything else is dropped. */
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

function lessonOf(params: URLSearchParams): { lesson?: string } {
  const id = params.get('lesson');
  return id !== null && LESSON_ID.test(id) ? { lesson: id } : {};
}

export function decodeHash(hash: string): DecodedHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang: Lang = params.get('lang') === 'zh' ? 'zh' : 'en';
  const present = params.get('present') === '1';
  const raw = params.get('config');
  const rawPoints = params.get('points');
  const rawCompare = params.get('compare');
  // Sweep settings that cannot be read are left out with a warning: the lab still opens.
  const rawSweep = params.get('sweep');
  const sweep = rawSweep !== null && SWEEP_LINK.test(rawSweep) ? rawSweep : null;
  const warnings = rawSweep !== sweep ? [`sweep=${rawSweep!.slice(0, 40)}`] : [];
  // No settings, or settings that cannot be used: the embedded default lab.
  const fallback = { config: defaultLabConfig(), lang, comparison: null, present, sweep, warnings };
  // A lesson counts only with settings to check it against: the default lab is no lesson.
  if (raw === null) return { ...fallback, problem: null };
  let json: unknown;
  let compareJson: unknown = null;
  try {
    json = JSON.parse(raw);
    if (rawCompare !== null) compareJson = JSON.parse(rawCompare);
  } catch {
    return {
      ...fallback,
      problem: { kind: 'malformed', detail: 'the settings in the link are not valid JSON' },
    };
  }
  try {
    if (rawPoints !== null) json = withPoints(json, rawPoints);
  } catch (e) {
    return { ...fallback, problem: { kind: 'malformed', detail: (e as Error).message } };
  }
  try {
    const { config, warnings: found } = validateConfig(json);
    warnings.unshift(...found);
    const comparison = rawCompare === null ? null : checkComparison(compareJson, config, warnings);
    return {
      config,
      lang,
      comparison,
      present,
      sweep,
      warnings,
      problem: null,
      ...lessonOf(params),
    };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ...fallback, problem: { kind: 'invalid', detail } };
  }
}

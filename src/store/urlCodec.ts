// The URL hash carries the whole state a link should restore: the config (config v1, custom
// points included), the side-by-side comparison and the language:
// `#config=<JSON>&compare=<JSON>&lang=zh`, each URI-encoded. A malformed hash never blanks the
// page: the decoder falls back to defaults and says what it could not read.
import { defaultConfig } from '../../workers/contract';
import type { ConfigV1 } from '../../workers/contract';
import { applyPatch, ConfigError, validateConfig } from '../../workers/contract';
import type { Comparison } from './configPatch';
import { MAX_VARIANTS } from './configPatch';

export type Lang = 'en' | 'zh';

export interface HashState {
  config: ConfigV1;
  lang: Lang;
  comparison: Comparison | null;
  /** Presentation mode (`present=1`): a link can open the lab ready for a lecture hall. */
  present?: boolean;
}

export interface DecodedHash extends HashState {
  /** What was wrong with the link, in English (the notice translates the kind). */
  problem: { kind: 'malformed' | 'invalid'; detail: string } | null;
  warnings: string[];
}

export function encodeHash(s: HashState): string {
  const parts = [`config=${encodeURIComponent(JSON.stringify(s.config))}`];
  if (s.comparison) parts.push(`compare=${encodeURIComponent(JSON.stringify(s.comparison))}`);
  if (s.lang !== 'en') parts.push(`lang=${s.lang}`);
  if (s.present) parts.push('present=1');
  return `#${parts.join('&')}`;
}

/** Checks a comparison against the main config: every variant must give a valid config. */
export function checkComparison(value: unknown, main: ConfigV1): Comparison {
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
      validateConfig(applyPatch(main, variant.patch));
    } catch (e) {
      return fail(`variant ${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return { label: variant.label.slice(0, 60), patch: variant.patch };
  });
  return { mainLabel: c.mainLabel.slice(0, 60), variants };
}

export function decodeHash(hash: string): DecodedHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang: Lang = params.get('lang') === 'zh' ? 'zh' : 'en';
  const present = params.get('present') === '1';
  const raw = params.get('config');
  const rawCompare = params.get('compare');
  const fallback = { config: defaultConfig(), lang, comparison: null, present, warnings: [] };
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
    const { config, warnings } = validateConfig(json);
    const comparison = rawCompare === null ? null : checkComparison(compareJson, config);
    return { config, lang, comparison, present, warnings, problem: null };
  } catch (e) {
    const detail = e instanceof ConfigError ? e.message : String(e);
    return { ...fallback, problem: { kind: 'invalid', detail } };
  }
}

// The URL hash carries the whole state a link should restore: the config (config v1) and the
// language. `#config=<JSON, URI-encoded>&lang=zh`. A malformed hash never blanks the page: the
// decoder falls back to defaults and says what it could not read.
import { defaultConfig } from '../../workers/engine/config';
import type { ConfigV1 } from '../../workers/engine/config';
import { ConfigError, validateConfig } from '../../workers/engine/validateConfig';

export type Lang = 'en' | 'zh';

export interface HashState {
  config: ConfigV1;
  lang: Lang;
}

export interface DecodedHash extends HashState {
  /** What was wrong with the link, in English (the notice translates the kind). */
  problem: { kind: 'malformed' | 'invalid'; detail: string } | null;
  warnings: string[];
}

export function encodeHash(s: HashState): string {
  const parts = [`config=${encodeURIComponent(JSON.stringify(s.config))}`];
  if (s.lang !== 'en') parts.push(`lang=${s.lang}`);
  return `#${parts.join('&')}`;
}

export function decodeHash(hash: string): DecodedHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang: Lang = params.get('lang') === 'zh' ? 'zh' : 'en';
  const raw = params.get('config');
  const fallback = { config: defaultConfig(), lang, warnings: [] };
  if (raw === null) return { ...fallback, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      ...fallback,
      problem: { kind: 'malformed', detail: 'the config in the link is not valid JSON' },
    };
  }
  try {
    const { config, warnings } = validateConfig(json);
    return { config, lang, warnings, problem: null };
  } catch (e) {
    const detail = e instanceof ConfigError ? e.message : String(e);
    return { ...fallback, problem: { kind: 'invalid', detail } };
  }
}

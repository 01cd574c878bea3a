// Reading a JSON file the user picked: a run export v1 (its config is what loads, custom points
// included) or a bare config v1. Anything else throws a ConfigError naming the key, and the
// caller changes nothing.
import type { ConfigV1 } from '../../workers/contract';
import { ConfigError, configFromJsonText, validateConfig } from '../../workers/contract';

export interface ImportedFile {
  kind: 'run' | 'config';
  config: ConfigV1;
  warnings: string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A run export carries its config under `config`, beside the model and the history. */
function looksLikeRun(v: Record<string, unknown>): boolean {
  return 'config' in v && ('model' in v || 'history' in v || 'initialModel' in v);
}

export function readImport(text: string): ImportedFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The validator's JSON error names the position: let it word the message.
    return { kind: 'config', ...configFromJsonText(text) };
  }
  if (!isObject(parsed)) {
    throw new ConfigError('', 'The file must hold a JSON object: a run export or a config.');
  }
  if (!looksLikeRun(parsed)) return { kind: 'config', ...validateConfig(parsed) };
  if (parsed.version !== 1) {
    throw new ConfigError(
      'version',
      `version must be 1: this lab reads run export v1 (got ${JSON.stringify(parsed.version)}).`,
    );
  }
  try {
    return { kind: 'run', ...validateConfig(parsed.config) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const key = e.key ? `config.${e.key}` : 'config';
    throw new ConfigError(key, `In the run's config: ${e.message}`);
  }
}

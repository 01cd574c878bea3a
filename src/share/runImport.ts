// Reading a JSON file the user picked: a run export v1 (its config is what loads, custom points
// included) or a bare config v1. Anything else throws a ConfigError naming the key, and the
// caller changes nothing. A file that holds no settings at all (a run without its config, an
// object of unknown keys) is refused too: loading it would only reset the lab to its defaults.
import type { ConfigV1 } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import {
  ConfigError,
  configFromJsonText,
  describeValue,
  quoteShort,
  validateConfig,
} from '../../workers/contract';

export interface ImportedFile {
  kind: 'run' | 'config';
  config: ConfigV1;
  /** Unknown keys that were ignored, for a dismissible notice. */
  warnings: string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const has = (v: object, key: string) => Object.prototype.hasOwnProperty.call(v, key);

/** Fields only a run export has (run-format.md); `data` and `model` are config keys too. */
const RUN_FIELDS = ['config', 'status', 'divergedEpoch', 'history', 'initialModel'];
const CONFIG_KEYS = Object.keys(defaultConfig());

/** A run export carries its config under `config`, beside the model and the history. */
function looksLikeRun(v: Record<string, unknown>): boolean {
  const runModel = isObject(v.model) && has(v.model, 'layers');
  return runModel || RUN_FIELDS.some((k) => has(v, k));
}

/** Refuses an object none of whose keys a config has (`{}` is the full default config). */
function checkHasConfigKeys(v: Record<string, unknown>, what: string, key: string): void {
  const keys = Object.keys(v);
  if (keys.length === 0 || keys.some((k) => CONFIG_KEYS.includes(k))) return;
  const named = keys.slice(0, 3).map((k) => quoteShort(k));
  const listed =
    keys.length > 3 ? `${named.join(', ')} and ${keys.length - 3} more` : named.join(', ');
  throw new ConfigError(
    key,
    `${what} holds none of the keys of a RegLab config or run export (it has ${listed}); ` +
      'nothing was loaded.',
  );
}

function readRun(run: Record<string, unknown>): ImportedFile {
  if (run.version !== 1) {
    throw new ConfigError(
      'version',
      `version must be 1: this lab reads run export v1 (got ${describeValue(run.version)}).`,
    );
  }
  if (!has(run, 'config')) {
    throw new ConfigError(
      'config',
      'This run export has no config, so there are no settings to load; ' +
        'export the run again, or import a config file.',
    );
  }
  if (isObject(run.config)) checkHasConfigKeys(run.config, "The run's config", 'config');
  try {
    const { config, warnings } = validateConfig(run.config);
    return { kind: 'run', config, warnings: warnings.map((w) => `In the run's config: ${w}`) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const key = e.key ? `config.${e.key}` : 'config';
    throw new ConfigError(key, `In the run's config: ${e.message}`);
  }
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
  if (looksLikeRun(parsed)) return readRun(parsed);
  checkHasConfigKeys(parsed, 'The file', '');
  return { kind: 'config', ...validateConfig(parsed) };
}

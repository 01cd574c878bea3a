// The pieces config validation is built from: the error type, value descriptions for messages,
// and a Reader that walks an untrusted object, collecting unknown-key warnings as it goes.
import type { RangedKey } from './configLimits';
import { CONFIG_RANGES, MAX_WARNINGS } from './configLimits';
import { describeValue, formatNumber, groupDigits, shortText } from './valueText';

export {
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_WIDTH,
  MIN_CUSTOM_POINTS,
  SPLIT_TOLERANCE,
} from './configLimits';
export { formatNumber };

/** An invalid config value; `key` is its dotted path, e.g. "model.hidden[2]" ('' for the whole). */
export class ConfigError extends Error {
  readonly key: string;

  constructor(key: string, message: string) {
    super(message);
    this.name = 'ConfigError';
    this.key = key;
  }

  /** The sentence alone: a notice that shows `String(error)` must not start "ConfigError:". */
  override toString(): string {
    return this.message;
  }
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function own(obj: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** The value as the student wrote it, shortened. */
export function describe(value: unknown): string {
  return describeValue(value);
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Validation of one config; collects warnings while it reads. */
export class Reader {
  private readonly named: string[] = [];
  private unnamed = 0;

  /** "Unknown key ... was ignored." for the first few keys, then how many more there were. */
  get warnings(): string[] {
    if (this.unnamed === 0) return [...this.named];
    const more = this.unnamed;
    return [
      ...this.named,
      `${groupDigits(more)} more unknown key${more === 1 ? ' was' : 's were'} ignored.`,
    ];
  }

  unknownKey(path: string, key: string): void {
    if (this.named.length < MAX_WARNINGS) {
      this.named.push(`Unknown key ${join(path, shortText(key))} was ignored.`);
    } else {
      this.unnamed++;
    }
  }

  /** The object at `path`, `{}` when missing; warns about keys outside `known`. */
  section(value: unknown, path: string, known: readonly string[]): Obj {
    if (value === undefined) return {};
    if (!isObject(value)) {
      throw new ConfigError(
        path,
        `${path} must be an object with keys ${known.join(', ')} (got ${describe(value)}).`,
      );
    }
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.unknownKey(path, key);
    }
    return value;
  }

  /** The number at dotted path `at`, read from `obj`, the section at its parent path. */
  ranged(obj: Obj, at: RangedKey, fallback: number): number {
    const value = own(obj, at.slice(at.lastIndexOf('.') + 1));
    if (value === undefined) return fallback;
    const { min, max, integer } = CONFIG_RANGES[at];
    return checkNumber(value, at, min, max, integer);
  }

  boolean(obj: Obj, path: string, key: string, fallback: boolean): boolean {
    const value = own(obj, key);
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      const at = join(path, key);
      throw new ConfigError(at, `${at} must be true or false (got ${describe(value)}).`);
    }
    return value;
  }

  oneOf<T extends string>(
    obj: Obj,
    path: string,
    key: string,
    allowed: readonly T[],
    fallback: T,
  ): T {
    const value = own(obj, key);
    return value === undefined ? fallback : checkOneOf(value, join(path, key), allowed);
  }
}

export function checkNumber(
  value: unknown,
  path: string,
  min: number,
  max: number,
  integer: boolean,
): number {
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
  ) {
    // -0 becomes 0: JSON (links, files) writes both as 0, so a link reopens to the same config.
    return value + 0;
  }
  const kind = integer ? 'a whole number' : 'a number';
  throw new ConfigError(
    path,
    `${path} must be ${kind} from ${formatNumber(min)} to ${formatNumber(max)} (got ${describe(value)}).`,
  );
}

export function checkOneOf<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
): T {
  const match = allowed.find((a) => a === value);
  if (match === undefined) {
    throw new ConfigError(
      path,
      `${path} must be one of ${quoteList(allowed)} (got ${describe(value)}).`,
    );
  }
  return match;
}

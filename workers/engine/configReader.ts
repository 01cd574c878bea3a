// The pieces config validation is built from: the error type, value descriptions for messages,
// and a Reader that walks an untrusted object, collecting unknown-key warnings as it goes.
/** An invalid config value; `key` is its dotted path, e.g. "model.hidden[2]" ('' for the whole). */
export class ConfigError extends Error {
  readonly key: string;

  constructor(key: string, message: string) {
    super(message);
    this.name = 'ConfigError';
    this.key = key;
  }
}

export const MAX_HIDDEN_LAYERS = 6;
export const MAX_LAYER_WIDTH = 32;
export const MIN_CUSTOM_POINTS = 4;
export const SPLIT_TOLERANCE = 1e-6;

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function own(obj: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Plain decimals for students: 1e-6 reads as 0.000001. */
export function formatNumber(n: number): string {
  const s = String(n);
  const e = s.indexOf('e-');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const exponent = Number(s.slice(e + 2));
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  return `${sign}0.${'0'.repeat(exponent - 1)}${digits}`;
}

/** The value as the student wrote it, shortened. */
export function describe(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // A BigInt or a cycle: not from JSON text, but a caller may hand over any object.
  }
  if (json === undefined) return typeof value === 'undefined' ? 'nothing' : typeof value;
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Validation of one config; collects warnings while it reads. */
export class Reader {
  readonly warnings: string[] = [];

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
      if (!known.includes(key)) {
        this.warnings.push(`Unknown key ${join(path, key)} was ignored.`);
      }
    }
    return value;
  }

  number(obj: Obj, path: string, key: string, min: number, max: number, fallback: number): number {
    const value = own(obj, key);
    return value === undefined ? fallback : checkNumber(value, join(path, key), min, max, false);
  }

  integer(obj: Obj, path: string, key: string, min: number, max: number, fallback: number): number {
    const value = own(obj, key);
    return value === undefined ? fallback : checkNumber(value, join(path, key), min, max, true);
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
    return value;
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

// How a value the student gave is shown inside a message: as written, but never whole when it is
// long. A hostile link or file once produced a 10-million-character alert; every message that
// echoes a value goes through these helpers, which read only as much of the value as they show.

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

/** A count with thousands separators, e.g. 10,000,000 (independent of the machine's locale). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The first `n` characters, without splitting a surrogate pair (an emoji) in two. */
function head(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** The text in double quotes; past `max` characters cut with an ellipsis and its length said. */
export function quoteShort(text: string, max = 40): string {
  if (text.length <= max) return JSON.stringify(text);
  return `${JSON.stringify(`${head(text, max - 1)}…`)} (${groupDigits(text.length)} characters)`;
}

/** A CSV field or a key as written when short, else quoted and cut as `quoteShort` does. */
export function shortText(text: string, max = 40): string {
  return text.length <= max ? text : quoteShort(text, max);
}

// Deeper than this, a preview shows '…': nothing a student writes by hand nests further.
const PREVIEW_DEPTH = 4;

/**
 * JSON-like text of `value`, stopping as soon as it passes `room` characters (so a list of a
 * million points costs a few steps). `whole` tells whether the text is complete.
 */
function preview(value: unknown, room: number): { text: string; whole: boolean } {
  let text = '';
  let whole = true;
  const put = (s: string): boolean => {
    text += s;
    return text.length <= room;
  };
  const write = (v: unknown, depth: number): boolean => {
    if (typeof v === 'number') return put(formatNumber(v));
    if (typeof v === 'string') return put(JSON.stringify(v.length > room ? v.slice(0, room) : v));
    if (v === null || typeof v === 'boolean') return put(String(v));
    if (typeof v !== 'object') return put(typeof v);
    if (depth >= PREVIEW_DEPTH) {
      whole = false;
      return false;
    }
    if (Array.isArray(v)) {
      if (!put('[')) return false;
      for (let i = 0; i < v.length; i++) {
        if ((i > 0 && !put(',')) || !write(v[i], depth + 1)) return false;
      }
      return put(']');
    }
    if (!put('{')) return false;
    let first = true;
    for (const key in v) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      if (!first && !put(',')) return false;
      first = false;
      if (!put(`${JSON.stringify(key.slice(0, room))}:`)) return false;
      if (!write((v as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return put('}');
  };
  if (!write(value, 0)) whole = false;
  return { text, whole };
}

/** How big a cut value was, e.g. "(a list of 60,000 items)". */
function sizeOf(value: object): string {
  if (Array.isArray(value)) {
    return `(a list of ${groupDigits(value.length)} item${value.length === 1 ? '' : 's'})`;
  }
  const keys = Object.keys(value).length;
  return `(an object with ${groupDigits(keys)} key${keys === 1 ? '' : 's'})`;
}

/** The value as the student wrote it (JSON-like), shortened to about `max` characters. */
export function describeValue(value: unknown, max = 40): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return quoteShort(value, max);
  if (value === undefined) return 'nothing';
  if (typeof value !== 'object' && typeof value !== 'boolean') return typeof value;
  const { text, whole } = preview(value, max);
  if (whole && text.length <= max) return text;
  return `${head(text, max - 1)}… ${sizeOf(value as object)}`;
}

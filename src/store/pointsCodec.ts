// Custom points in a link, compact and exact. As URI-encoded JSON a point cost about 38 characters
// (a 100,000-point import wrote a 3.8 MB hash that Chromium dropped); packed in binary and written
// in base64url (letters, digits, '-' and '_', which need no escaping in a URL) it costs 5.3
// characters when its coordinates have at most 3 decimals, as the point editor makes them, and
// 22.7 characters for any other doubles, stored bit for bit (-0 and subnormals included).
//
// Layout (docs/config.md): one byte, the format version 1, then one record per point:
// - 4 bytes, big-endian, for a point whose coordinates are k/1000 with k a whole number from -6000
//   to 6000: bit 31 set, bit 30 the label, bits 29–28 the split, bits 27–14 k1 + 6000, bits 13–0
//   k2 + 6000;
// - 17 bytes for any other point: a byte holding the label in bit 0 and the split in bits 2–1
//   (bit 7 clear), then x1 and x2 as little-endian IEEE 754 doubles.
// The split is the row's optional fourth element: 0 none, 1 'train', 2 'val', 3 'test'. Links
// written before rows had one hold 0 there, and read as before.
import type { CustomPoint, PointSplit } from '../../workers/contract';
import { POINT_SPLITS } from '../../workers/contract';

const VERSION = 1;
const MILLI_OFFSET = 6000;
const MILLI_MAX = 2 * MILLI_OFFSET;

/** The coordinate a milli record holds: the same expression encodes and decodes. */
const fromMilli = (u: number): number => (u - MILLI_OFFSET) / 1000;

/** The record value u (0..12000) for `v` if fromMilli(u) gives `v` back exactly, else -1. */
function toMilli(v: number): number {
  const u = Math.round(v * 1000) + MILLI_OFFSET;
  return u >= 0 && u <= MILLI_MAX && Object.is(fromMilli(u), v) ? u : -1;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[\w-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** 0 for no split, 1–3 for a split, -1 for anything else. */
const splitCode = (s: PointSplit | undefined): number =>
  s === undefined ? 0 : POINT_SPLITS.indexOf(s) + 1 || -1;

/** A row as read back: three elements, or four when it names its split. */
function row(x1: number, x2: number, label: number, code: number): CustomPoint {
  return code === 0 ? [x1, x2, label] : [x1, x2, label, POINT_SPLITS[code - 1]!];
}

/** The points packed for a link, or null when a row is not [number, number, 0 or 1(, split)]. */
export function encodePoints(points: readonly CustomPoint[]): string | null {
  const view = new DataView(new ArrayBuffer(1 + 17 * points.length));
  view.setUint8(0, VERSION);
  let at = 1;
  for (const p of points) {
    const [x1, x2, label, split] = p;
    if (p.length > 4 || typeof x1 !== 'number' || typeof x2 !== 'number') return null;
    if (label !== 0 && label !== 1) return null;
    const code = splitCode(split);
    if (code < 0) return null;
    const u1 = toMilli(x1);
    const u2 = toMilli(x2);
    if (u1 >= 0 && u2 >= 0) {
      view.setUint32(at, (0x80000000 | (label << 30) | (code << 28) | (u1 << 14) | u2) >>> 0);
      at += 4;
    } else {
      view.setUint8(at, label | (code << 1));
      view.setFloat64(at + 1, x1, true);
      view.setFloat64(at + 9, x2, true);
      at += 17;
    }
  }
  return toBase64Url(new Uint8Array(view.buffer, 0, at));
}

/** The points of a link's `points` part; throws on anything encodePoints does not write. */
export function decodePoints(text: string): CustomPoint[] {
  const bytes = fromBase64Url(text);
  const view = new DataView(bytes.buffer);
  if (bytes.length === 0 || view.getUint8(0) !== VERSION) throw new Error('unknown version');
  const points: CustomPoint[] = [];
  let at = 1;
  while (at < bytes.length) {
    const head = view.getUint8(at);
    if (head & 0x80) {
      if (at + 4 > bytes.length) throw new Error('cut short');
      const word = view.getUint32(at);
      const u1 = (word >>> 14) & 0x3fff;
      const u2 = word & 0x3fff;
      if (u1 > MILLI_MAX || u2 > MILLI_MAX) throw new Error('bad record');
      points.push(row(fromMilli(u1), fromMilli(u2), (word >>> 30) & 1, (word >>> 28) & 3));
      at += 4;
    } else {
      if (head > 7 || at + 17 > bytes.length) throw new Error('bad record');
      const [x1, x2] = [view.getFloat64(at + 1, true), view.getFloat64(at + 9, true)];
      points.push(row(x1, x2, head & 1, head >>> 1));
      at += 17;
    }
  }
  return points;
}

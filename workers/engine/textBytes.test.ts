import { describe, expect, it } from 'vitest';
import { TextBytesError, decodeTextBytes } from './textBytes';

const TEXT = 'x1,x2,label\r\n-1.5,2,0\n0.25,-3,1\nλ ✓ 😀\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array(2 * text.length + (bom ? 2 : 0));
  const view = new DataView(bytes.buffer);
  let o = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    o = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(o + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeTextBytes', () => {
  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeTextBytes(plain)).toBe(TEXT);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeTextBytes(withBom)).toBe(TEXT);
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks, surrogate pairs included', () => {
    expect(decodeTextBytes(utf16(TEXT, true, true))).toBe(TEXT);
    expect(decodeTextBytes(utf16(TEXT, false, true))).toBe(TEXT);
  });

  it('reads an empty file and a file holding only a byte-order mark as empty text', () => {
    expect(decodeTextBytes(new Uint8Array(0))).toBe('');
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('');
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe]))).toBe('');
    expect(decodeTextBytes(new Uint8Array([0xfe, 0xff]))).toBe('');
  });

  it('refuses bytes that are not UTF-8 (a Latin-1 file) with advice instead of garbling them', () => {
    const latin1 = new Uint8Array([0x78, 0x31, 0xb2, 0x2c, 0x30, 0x0a]); // "x1²,0" in Latin-1
    expect(() => decodeTextBytes(latin1)).toThrow(TextBytesError);
    expect(() => decodeTextBytes(latin1)).toThrow(
      'The file is not valid UTF-8 text; save it as UTF-8 (in a spreadsheet program: CSV UTF-8).',
    );
  });

  it('refuses a UTF-16 file cut in the middle of a character, in either byte order', () => {
    for (const littleEndian of [true, false]) {
      const cut = utf16('ab', littleEndian, true).subarray(0, 5);
      expect(() => decodeTextBytes(cut)).toThrow('The file is not valid UTF-16 text');
    }
  });
});

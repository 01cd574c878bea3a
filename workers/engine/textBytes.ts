// Text files as students save them: UTF-8 with or without a byte-order mark (what spreadsheet
// programs write as "CSV UTF-8"), or UTF-16 with its byte-order mark ("Unicode text" on Windows).
// The byte-order mark decides, as a browser's FileReader.readAsText does; without one the bytes
// must be UTF-8. Pure (TextDecoder only), so the page and the CLI read files the same way.

/** The bytes are not text in an encoding RegLab reads. */
export class TextBytesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextBytesError';
  }
}

function decode(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    throw new TextBytesError(
      `The file is not valid ${name} text; save it as UTF-8 (in a spreadsheet program: CSV UTF-8).`,
    );
  }
}

/** Decodes a text file's bytes, dropping the byte-order mark. Throws TextBytesError. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) {
    // Big-endian: swap each pair of bytes into little-endian order (TextDecoder's 'utf-16be' is
    // missing from Node builds without full ICU).
    const le = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      le[i - 2] = bytes[i + 1]!;
      le[i - 1] = bytes[i]!;
    }
    if ((bytes.length & 1) === 1) le[le.length - 1] = bytes[bytes.length - 1]!;
    return decode('utf-16le', le);
  }
  return decode('utf-8', bytes);
}

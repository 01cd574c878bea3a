import { describe, expect, it, vi } from 'vitest';
import { MAX_POINTS } from './configLimits';
import { CsvError, parsePointsCsv, parsePointsCsvInChunks } from './pointsCsv';

/** The CsvError thrown by parsing `text`; fails the test if nothing is thrown. */
function errorOf(text: string): CsvError {
  try {
    parsePointsCsv(text);
  } catch (err) {
    if (err instanceof CsvError) return err;
    throw err;
  }
  throw new Error(`expected a CsvError for ${JSON.stringify(text)}`);
}

const rows = '-1,-1,0\n1,-1,1\n-1,1,1\n1,1,0\n';
const points = [
  [-1, -1, 0],
  [1, -1, 1],
  [-1, 1, 1],
  [1, 1, 0],
];

describe('parsePointsCsv accepts', () => {
  it('plain rows with a trailing newline', () => {
    expect(parsePointsCsv(rows)).toEqual(points);
  });

  it('a header line, blank lines, CRLF line ends and spaces around fields', () => {
    const text = 'x1, x2, label\r\n\r\n -1 , -1 ,0\r\n1,-1, 1\r\n\r\n-1,1,1\r\n  1,1,0  \r\n\r\n';
    expect(parsePointsCsv(text)).toEqual(points);
  });

  it('decimals, exponents, signs and the domain edges', () => {
    const text = '-6,6,0\n6,-6,1\n+0.5,.25,1\n1e-3,-2.5E0,0\n';
    expect(parsePointsCsv(text)).toEqual([
      [-6, 6, 0],
      [6, -6, 1],
      [0.5, 0.25, 1],
      [0.001, -2.5, 0],
    ]);
  });

  it('labels written as 1.0 and 0.0, and a byte-order mark', () => {
    expect(parsePointsCsv('\uFEFFx1,x2,label\n0,0,0.0\n1,1,1.0\n2,2,0\n3,3,1\n')).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 0],
      [3, 3, 1],
    ]);
  });
});

describe('parsePointsCsv rejects, naming the line', () => {
  it('a row with the wrong number of fields', () => {
    const err = errorOf('x1,x2,label\n0,0,1\n1,1\n');
    expect(err.line).toBe(3);
    expect(err.message).toBe('Line 3 has 2 fields; each row needs 3: x1,x2,label.');
    expect(errorOf('0,0,1,7\n').message).toBe(
      'Line 1 has 4 fields; each row needs 3: x1,x2,label.',
    );
  });

  it('a non-numeric value', () => {
    const err = errorOf('0,0,1\n1,abc,0\n');
    expect(err.line).toBe(2);
    expect(err.message).toBe('Line 2: x2 "abc" is not a number.');
    expect(errorOf('0,0,1\n0x1f,0,0\n').message).toBe('Line 2: x1 "0x1f" is not a number.');
    expect(errorOf('0,0,1\nInfinity,0,0\n').line).toBe(2);
    expect(errorOf('0,0,1\n1,,0\n').message).toBe('Line 2: x2 is empty; give a number.');
  });

  it('a second header-like line after the first', () => {
    expect(errorOf('x1,x2,label\nx1,x2,label\n').line).toBe(2);
  });

  it('a label other than 0 or 1', () => {
    const err = errorOf('0,0,1\n\n1,1,2\n');
    expect(err.line).toBe(3);
    expect(err.message).toBe('Line 3: the label must be 0 or 1 (got 2).');
    expect(errorOf('0,0,0.5\n').line).toBe(1);
  });

  it('a coordinate outside the domain, saying the allowed range', () => {
    const err = errorOf('0,0,1\r\n1,6.5,0\r\n');
    expect(err.line).toBe(2);
    expect(err.message).toBe(
      'Line 2: x2 = 6.5 is outside the data domain; coordinates must be from -6 to 6.',
    );
    expect(errorOf('-6.01,0,1\n').line).toBe(1);
  });
});

describe('parsePointsCsv rejects the file as a whole', () => {
  it('with no data rows', () => {
    for (const text of ['', '\n\n', 'x1,x2,label\n']) {
      const err = errorOf(text);
      expect(err.line).toBeNull();
      expect(err.message).toBe('The CSV has no data rows; write one x1,x2,label row per point.');
    }
  });

  it('with fewer than 4 rows', () => {
    expect(errorOf('0,0,0\n1,1,1\n2,2,0\n').message).toBe(
      'The CSV has 3 data rows; at least 4 are needed.',
    );
  });

  it('with only one class', () => {
    const err = errorOf('0,0,1\n1,1,1\n2,2,1\n3,3,1\n');
    expect(err.line).toBeNull();
    expect(err.message).toContain('only label 1');
  });
});

/** n valid rows of alternating classes. */
function csvRows(n: number): string {
  const lines = Array.from(
    { length: n },
    (_, i) => `${(i % 1000) / 200 - 2.5},${(i % 7) - 3},${i % 2}`,
  );
  return `x1,x2,label\n${lines.join('\n')}\n`;
}

describe('parsePointsCsv limits and short messages', () => {
  it(`takes ${MAX_POINTS} points and refuses the next one, naming its line`, () => {
    expect(parsePointsCsv(csvRows(MAX_POINTS))).toHaveLength(MAX_POINTS);
    const err = errorOf(csvRows(MAX_POINTS + 1));
    expect(err.line).toBe(MAX_POINTS + 2);
    expect(err.message).toBe(
      'Line 5002: the CSV holds more than 5000 points, the most RegLab trains on; keep at most 5000 rows.',
    );
  });

  it('refuses a 10 MB line with a short message naming the line', () => {
    const err = errorOf(`0,0,1\n${'9'.repeat(10_000_000)},0,1\n`);
    expect(err.line).toBe(2);
    expect(err.message).toBe(
      'Line 2 is longer than 1000 characters; each row is three numbers, x1,x2,label, e.g. 1.5,-2,1.',
    );
  });

  it('shortens an echoed field', () => {
    const far = `${'9'.repeat(500)}`;
    expect(errorOf(`0,0,1\n${far},0,1\n`).message).toBe(
      `Line 2: x1 = "${'9'.repeat(19)}…" (500 characters) is outside the data domain; ` +
        'coordinates must be from -6 to 6.',
    );
    expect(errorOf(`0,0,${'1'.repeat(500)}\n`).message).toBe(
      `Line 1: the label must be 0 or 1 (got "${'1'.repeat(19)}…" (500 characters)).`,
    );
    expect(errorOf(`0,${'x'.repeat(900)},1\n`).message).toBe(
      `Line 1: x2 "${'x'.repeat(19)}…" (900 characters) is not a number.`,
    );
  });

  it('reads a long run of digits followed by a letter without backtracking for ages', () => {
    expect(errorOf(`${'1'.repeat(990)}x,0,1\n`).message).toMatch(
      /^Line 1: x1 ".*is not a number\.$/,
    );
  });

  it('turns into text without a "CsvError:" prefix', () => {
    expect(String(errorOf('0,0\n'))).toBe('Line 1 has 2 fields; each row needs 3: x1,x2,label.');
  });
});

describe('parsePointsCsvInChunks, for the page', () => {
  it('gives the same points as parsePointsCsv', async () => {
    const text = csvRows(2345).replace(/\n/g, '\r\n');
    expect(await parsePointsCsvInChunks(text, { rowsPerChunk: 100 })).toEqual(parsePointsCsv(text));
    expect(await parsePointsCsvInChunks(rows)).toEqual(points);
  });

  it('lets other tasks run between chunks of rows', async () => {
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const got = await parsePointsCsvInChunks(csvRows(3000), { rowsPerChunk: 100 });
    ticking = false;
    expect(got).toHaveLength(3000);
    expect(ticks).toBeGreaterThan(5);
  });

  it('stops at the point past the limit instead of reading a million rows', async () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    try {
      const text = csvRows(1_000_000);
      await expect(parsePointsCsvInChunks(text, { rowsPerChunk: 1000 })).rejects.toThrow(
        /^Line 5002: the CSV holds more than 5000 points/,
      );
      // One pause per chunk of 1000 lines: about 5 for 5002 lines, not 1000 for a million.
      expect(timeouts.mock.calls.length).toBeLessThanOrEqual(6);
    } finally {
      timeouts.mockRestore();
    }
  });

  it('refuses with the same messages as parsePointsCsv', async () => {
    for (const text of [
      '0,0,1\n1,abc,0\n',
      '',
      `0,0,1\n${'9'.repeat(100_000)}\n`,
      '0,0,1\n1,1,1\n',
    ]) {
      await expect(parsePointsCsvInChunks(text)).rejects.toThrow(errorOf(text).message);
      await expect(parsePointsCsvInChunks(text)).rejects.toBeInstanceOf(CsvError);
    }
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const reading = parsePointsCsvInChunks(csvRows(4000), {
      rowsPerChunk: 10,
      signal: controller.signal,
    });
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});

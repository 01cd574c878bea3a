import { describe, expect, it } from 'vitest';
import { CsvError, parsePointsCsv } from './pointsCsv';

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

// Reads a file of `x1,x2,label` rows for the 'custom' dataset (the CLI's --csv, an upload).
// All or nothing: the first problem throws, naming the line, and no points are returned.
import type { Point } from './config';
import { DOMAIN } from './config';

/** A problem in the CSV text; `line` is 1-based, or null when the file as a whole is at fault. */
export class CsvError extends Error {
  readonly line: number | null;

  constructor(line: number | null, message: string) {
    super(message);
    this.name = 'CsvError';
    this.line = line;
  }
}

const MIN_ROWS = 4;

// Plain decimals and exponents only: Number() would also take '', '0x1f' and 'Infinity'.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function isNumeric(field: string): boolean {
  return NUMBER.test(field);
}

function shorten(field: string): string {
  return field.length > 20 ? `${field.slice(0, 17)}...` : field;
}

function parseField(field: string, name: string, line: number): number {
  if (field === '') {
    throw new CsvError(line, `Line ${line}: ${name} is empty; give a number.`);
  }
  if (!isNumeric(field)) {
    throw new CsvError(line, `Line ${line}: ${name} "${shorten(field)}" is not a number.`);
  }
  return Number(field);
}

function parseCoordinate(field: string, name: string, line: number): number {
  const x = parseField(field, name, line);
  const [lo, hi] = DOMAIN;
  if (x < lo || x > hi) {
    throw new CsvError(
      line,
      `Line ${line}: ${name} = ${field} is outside the data domain; ` +
        `coordinates must be from ${lo} to ${hi}.`,
    );
  }
  return x;
}

/** One row of three trimmed fields. */
function parseRow([f1 = '', f2 = '', f3 = '']: string[], line: number): Point {
  const x1 = parseCoordinate(f1, 'x1', line);
  const x2 = parseCoordinate(f2, 'x2', line);
  const label = parseField(f3, 'label', line);
  if (label !== 0 && label !== 1) {
    throw new CsvError(line, `Line ${line}: the label must be 0 or 1 (got ${f3}).`);
  }
  // Number('-0') is -0, which equals 0 but would print as -0 in an export.
  return [x1, x2, label === 1 ? 1 : 0];
}

/** Parses CSV text into points; throws CsvError on the first bad line. */
export function parsePointsCsv(text: string): Point[] {
  // A byte-order mark is what spreadsheet programs put at the start of a saved CSV.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const points: Point[] = [];
  let sawFirst = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fields = raw.split(',').map((f) => f.trim());
    if (!sawFirst) {
      sawFirst = true;
      if (fields.every((f) => !isNumeric(f))) return; // a header such as x1,x2,label
    }
    if (fields.length !== 3) {
      throw new CsvError(
        line,
        `Line ${line} has ${fields.length} field${fields.length === 1 ? '' : 's'}; ` +
          'each row needs 3: x1,x2,label.',
      );
    }
    points.push(parseRow(fields, line));
  });

  if (points.length === 0) {
    throw new CsvError(null, 'The CSV has no data rows; write one x1,x2,label row per point.');
  }
  if (points.length < MIN_ROWS) {
    throw new CsvError(
      null,
      `The CSV has ${points.length} data row${points.length === 1 ? '' : 's'}; at least ${MIN_ROWS} are needed.`,
    );
  }
  const ones = points.filter((p) => p[2] === 1).length;
  if (ones === 0 || ones === points.length) {
    throw new CsvError(
      null,
      `The CSV has only label ${ones === 0 ? 0 : 1}; a classifier needs points of both classes, 0 and 1.`,
    );
  }
  return points;
}

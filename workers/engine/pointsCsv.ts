// Reads a file of `x1,x2,label` rows for the 'custom' dataset (the CLI's --csv, an upload).
// All or nothing: the first problem throws, naming the line, and no points are returned.
// The text is read line by line, never split whole, so a file is refused as soon as a line is too
// long or the point limit is passed; the page reads it in chunks between which it stays responsive.
import type { Point } from './config';
import { DOMAIN } from './config';
import { MAX_POINTS, MIN_CUSTOM_POINTS } from './configLimits';
import { shortText } from './valueText';

/** A problem in the CSV text; `line` is 1-based, or null when the file as a whole is at fault. */
export class CsvError extends Error {
  readonly line: number | null;

  constructor(line: number | null, message: string) {
    super(message);
    this.name = 'CsvError';
    this.line = line;
  }

  /** The sentence alone, as the page and the CLI show it. */
  override toString(): string {
    return this.message;
  }
}

/** The longest line read: a row of three full-precision numbers needs under 100 characters. */
export const MAX_CSV_LINE_LENGTH = 1000;

// Plain decimals and exponents only: Number() would also take '', '0x1f' and 'Infinity'. Written so
// that each digit can be matched one way only (no backtracking over a long run of digits).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const LINE_BREAK = /\r\n|\n|\r/g;

function isNumeric(field: string): boolean {
  return NUMBER.test(field);
}

const shorten = (field: string): string => shortText(field, 20);

function parseField(field: string, name: string, line: number): number {
  if (field === '') {
    throw new CsvError(line, `Line ${line}: ${name} is empty; give a number.`);
  }
  if (!isNumeric(field)) {
    const shown = field.length > 20 ? shorten(field) : `"${field}"`;
    throw new CsvError(line, `Line ${line}: ${name} ${shown} is not a number.`);
  }
  return Number(field);
}

function parseCoordinate(field: string, name: string, line: number): number {
  const x = parseField(field, name, line);
  const [lo, hi] = DOMAIN;
  if (x < lo || x > hi) {
    throw new CsvError(
      line,
      `Line ${line}: ${name} = ${shorten(field)} is outside the data domain; ` +
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
    throw new CsvError(line, `Line ${line}: the label must be 0 or 1 (got ${shorten(f3)}).`);
  }
  // Number('-0') is -0, which equals 0 but would print as -0 in an export.
  return [x1, x2, label === 1 ? 1 : 0];
}

/** Reads the text a few lines at a time; `read` returns true once every line is read. */
class PointsCsvReader {
  readonly points: Point[] = [];
  private pos: number;
  private line = 0;
  private sawFirst = false;
  private done = false;

  constructor(private readonly text: string) {
    // A byte-order mark is what spreadsheet programs put at the start of a saved CSV.
    this.pos = text.startsWith('\uFEFF') ? 1 : 0;
  }

  read(lines: number): boolean {
    for (let i = 0; i < lines && !this.done; i++) this.readLine();
    return this.done;
  }

  private readLine(): void {
    // Only as far as the longest allowed line (plus a CRLF): a 10 MB line is refused unread.
    const rest = this.text.slice(this.pos, this.pos + MAX_CSV_LINE_LENGTH + 2);
    LINE_BREAK.lastIndex = 0;
    const found = LINE_BREAK.exec(rest);
    const length = found ? found.index : rest.length;
    this.line++;
    const line = this.line;
    if (length > MAX_CSV_LINE_LENGTH) {
      throw new CsvError(
        line,
        `Line ${line} is longer than ${MAX_CSV_LINE_LENGTH} characters; ` +
          'each row is three numbers, x1,x2,label, e.g. 1.5,-2,1.',
      );
    }
    const raw = rest.slice(0, length);
    this.pos += length + (found ? found[0].length : 0);
    this.done = !found;
    if (raw.trim() === '') return;
    const fields = raw.split(',').map((f) => f.trim());
    if (!this.sawFirst) {
      this.sawFirst = true;
      if (fields.every((f) => !isNumeric(f))) return; // a header such as x1,x2,label
    }
    if (fields.length !== 3) {
      throw new CsvError(
        line,
        `Line ${line} has ${fields.length} field${fields.length === 1 ? '' : 's'}; ` +
          'each row needs 3: x1,x2,label.',
      );
    }
    if (this.points.length === MAX_POINTS) {
      throw new CsvError(
        line,
        `Line ${line}: the CSV holds more than ${MAX_POINTS} points, the most RegLab trains on; ` +
          `keep at most ${MAX_POINTS} rows.`,
      );
    }
    this.points.push(parseRow(fields, line));
  }

  /** The points, once the file as a whole is checked. */
  finish(): Point[] {
    const { points } = this;
    if (points.length === 0) {
      throw new CsvError(null, 'The CSV has no data rows; write one x1,x2,label row per point.');
    }
    if (points.length < MIN_CUSTOM_POINTS) {
      throw new CsvError(
        null,
        `The CSV has ${points.length} data row${points.length === 1 ? '' : 's'}; ` +
          `at least ${MIN_CUSTOM_POINTS} are needed.`,
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
}

/** Parses CSV text into points; throws CsvError on the first bad line. */
export function parsePointsCsv(text: string): Point[] {
  const reader = new PointsCsvReader(text);
  reader.read(Infinity);
  return reader.finish();
}

export interface ChunkOptions {
  /** Stops the reading: the promise rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Lines read between two pauses; 1000 lines take well under a frame. */
  rowsPerChunk?: number;
}

/**
 * parsePointsCsv for the page: reads `rowsPerChunk` lines, then lets the page handle input and
 * paint before the next chunk. Rejects with the same CsvError, at the same line.
 */
export async function parsePointsCsvInChunks(
  text: string,
  { signal, rowsPerChunk = 1000 }: ChunkOptions = {},
): Promise<Point[]> {
  const reader = new PointsCsvReader(text);
  signal?.throwIfAborted();
  while (!reader.read(rowsPerChunk)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  }
  return reader.finish();
}

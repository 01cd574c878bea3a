// The files the headless tools read and write: the config (JSON), the points CSV and the outputs.
// Text is decoded as the page decodes it (UTF-8 with or without a byte-order mark, UTF-16 by its
// mark); outputs are checked before training, so a long run never ends in "cannot write".
import { open, readFile, realpath, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Point } from '../workers/engine/config';
import { CsvError, parsePointsCsv } from '../workers/engine/pointsCsv';
import { TextBytesError, decodeTextBytes } from '../workers/engine/textBytes';
import { InputError, shorten } from './cliArgs';

export function fsReason(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  return shorten(err instanceof Error ? err.message : String(err), 200);
}

export async function readTextFile(path: string, what: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(`Cannot read the ${what} ${shorten(path)}: ${fsReason(err)}.`);
  }
  try {
    return decodeTextBytes(bytes);
  } catch (err) {
    if (err instanceof TextBytesError) {
      throw new InputError(`Cannot read the ${what} ${shorten(path)}: ${err.message}`);
    }
    throw err;
  }
}

export async function readPointsFile(path: string): Promise<Point[]> {
  const text = await readTextFile(path, 'CSV file');
  try {
    return parsePointsCsv(text);
  } catch (err) {
    if (err instanceof CsvError) throw new InputError(`Error in ${shorten(path)}: ${err.message}`);
    throw err;
  }
}

/**
 * The config file as parsed JSON, with the CSV's points put in when `csvPath` is given (dataset
 * 'custom'), so a config saying 'custom' without points is complete once --csv supplies them.
 * Not validated: `train` and `sweep` validate it their own way.
 */
export async function readConfigInput(configPath: string, csvPath?: string): Promise<unknown> {
  const text = await readTextFile(configPath, 'config file');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // V8 quotes the start of the text in some of its messages: keep them short.
    const reason = shorten((err as Error).message, 120);
    throw new InputError(`${shorten(configPath)} is not valid JSON: ${reason}.`);
  }
  if (csvPath === undefined) return raw;
  const points = await readPointsFile(csvPath);
  // Anything that is not an object is left for validation to report.
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const top = raw as Record<string, unknown>;
    const data = top.data === undefined ? {} : top.data;
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      return { ...top, data: { ...data, dataset: 'custom', points } };
    }
  }
  return raw;
}

/** The file's real path when it exists (symbolic links followed), else its resolved path. */
async function identity(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Refuses an output that is also an input or another output, e.g. `--out C.json --config C.json`
 * (the run would overwrite its own config). Arguments are [flag, path] pairs.
 */
export async function refuseSameFile(
  inputs: readonly (readonly [string, string | undefined])[],
  outputs: readonly (readonly [string, string | undefined])[],
): Promise<void> {
  const seen: [string, string, string][] = [];
  for (const [flag, path] of inputs) {
    if (path !== undefined) seen.push([flag, path, await identity(path)]);
  }
  for (const [flag, path] of outputs) {
    if (path === undefined) continue;
    const id = await identity(path);
    const clash = seen.find((s) => s[2] === id);
    if (clash !== undefined) {
      throw new InputError(
        `${flag} ${shorten(path)} is the same file as ${clash[0]} ${shorten(clash[1])}; ` +
          `writing it would overwrite that file: choose another ${flag}.`,
      );
    }
    seen.push([flag, path, id]);
  }
}

/**
 * Checks that `path` can be written, without changing it: an existing file is opened for
 * writing and closed; a missing one is created and removed again.
 */
export async function checkWritable(path: string, what: string): Promise<void> {
  try {
    try {
      await (await open(path, 'r+')).close();
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'ENOENT') throw err;
      await (await open(path, 'wx')).close();
      await unlink(path);
    }
  } catch (err) {
    throw new InputError(`Cannot write the ${what} ${shorten(path)}: ${fsReason(err)}.`);
  }
}

export async function writeTextFile(path: string, text: string, what: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    throw new InputError(`Cannot write the ${what} ${shorten(path)}: ${fsReason(err)}.`);
  }
}

// Command-line options for the headless tools (`train`, `sweep`). node:util's parseArgs reads the
// tokens; the checks are ours, because strict parseArgs silently keeps the last of a repeated
// option and echoes whole arguments in its messages.
import { parseArgs } from 'node:util';

export interface CliIo {
  /** Usage and the summary. */
  stdout: { write(text: string): unknown };
  /** Progress, warnings and errors; a TTY gets a progress bar redrawn in place. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Milliseconds from any fixed origin, for the wall time. */
  now: () => number;
}

/** Input the student can fix (arguments, files); the CLI prints the message and exits 2. */
export class InputError extends Error {}

/** A value echoed in a message, cut in the middle when long (a path's both ends say the most). */
export function shorten(text: string, max = 80): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 3) / 2);
  return `${text.slice(0, head)}...${text.slice(text.length - (max - 3 - head))}`;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** An example value, for the message when it is missing. */
  example?: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

/** Reads `argv` against `spec`; throws InputError naming the offending argument. */
export function readOptions(
  argv: readonly string[],
  spec: Readonly<Record<string, OptionSpec>>,
): OptionValues {
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(spec).map(([name, o]) => [
        name,
        o.short === undefined ? { type: o.type } : { type: o.type, short: o.short },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: OptionValues = {};
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      throw new InputError(
        `Unexpected argument '${shorten(token.value)}': every value follows its option, ` +
          'e.g. --out R.json.',
      );
    }
    const option = spec[token.name];
    if (option === undefined) {
      throw new InputError(`Unknown option ${shorten(token.rawName)}.`);
    }
    const flag = `--${token.name}`;
    if (token.name in values) {
      throw new InputError(`${flag} is given twice; give each option once.`);
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        throw new InputError(`${flag} takes no value (got ${shorten(`${flag}=${token.value}`)}).`);
      }
      values[token.name] = true;
      continue;
    }
    const example = option.example === undefined ? '' : `, e.g. ${flag} ${option.example}`;
    if (token.value === undefined) throw new InputError(`${flag} needs a value${example}.`);
    if (!token.inlineValue && token.value.startsWith('--')) {
      throw new InputError(
        `${flag} needs a value${example}, but the next argument is the option ` +
          `${shorten(token.value)}.`,
      );
    }
    values[token.name] = token.value;
  }
  return values;
}

/** A string option's value (undefined when not given). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

import type { TextOptions } from '../format/index.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface OutputStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * Colour for the text view: `FORCE_COLOR` set to anything but `0`/`false` turns it on (as Node and chalk read it),
 * otherwise a non-empty `NO_COLOR` turns it off (no-color.org), otherwise it is on only on a terminal that is not
 * `TERM=dumb`. FORCE_COLOR wins over NO_COLOR, as in Node's own `tty` module.
 */
export function colorEnabled(stream: OutputStream, env: Env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The terminal's width when it says, else 80: a log or a pipe is read at 80 columns. */
export function textOptionsFor(stream: OutputStream, env: Env): TextOptions {
  const columns = stream.isTTY && Number.isInteger(stream.columns) && (stream.columns ?? 0) > 0 ? stream.columns : 80;
  return { color: colorEnabled(stream, env), width: columns ?? 80 };
}

// The SGR codes `src/format/text/style.ts` writes, and nothing else.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the renderer's own colour codes.
const OWN_COLOR = /\u001b\[(?:0|1|2|31|32|33)m/g;

/** A coloured line without the renderer's colour codes. */
export function stripOwnColor(line: string): string {
  return line.replace(OWN_COLOR, '');
}

import { visible } from '../visible.js';

/** How a text view is drawn: colour (SGR codes) or not, and the terminal width it must fit. */
export interface TextOptions {
  readonly color: boolean;
  /** Columns; values below 40 are treated as 40, so the layout never degenerates. */
  readonly width: number;
}

export const DEFAULT_TEXT_OPTIONS: TextOptions = { color: false, width: 80 };
const MIN_WIDTH = 40;

type Tone = 'good' | 'bad' | 'warn' | 'dim' | 'bold';
const SGR: Readonly<Record<Tone, string>> = { good: '32', bad: '31', warn: '33', dim: '2', bold: '1' };

/** Colour is the renderer's own markup only: it is applied to text that was escaped before. */
export interface Painter {
  readonly width: number;
  paint(tone: Tone, text: string): string;
}

export function painter(options: TextOptions): Painter {
  return {
    width: Math.max(MIN_WIDTH, Math.floor(options.width) || MIN_WIDTH),
    paint: (tone, text) => (options.color && text !== '' ? `\u001b[${SGR[tone]}m${text}\u001b[0m` : text),
  };
}

/** An untrusted value, escaped for a terminal. */
export const show = (value: string): string => visible(value);

/** Visible columns, counting code points; the renderer's own SGR codes take none. */
export function columns(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips this renderer's own colour codes to measure.
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

/**
 * Wraps plain (already escaped, uncoloured) text at spaces into lines of at most `width` columns, each prefixed by
 * `indent`; a word longer than a line is cut, so nothing ever runs past the width.
 */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  const room = () => width - columns(line);
  for (const word of text.split(' ').filter((part) => part !== '')) {
    let rest = word;
    if (!empty && columns(rest) + 1 > room()) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    while (columns(rest) + (empty ? 0 : 1) > room()) {
      const cut = Math.max(1, room() - (empty ? 0 : 1));
      const points = [...rest];
      line += `${empty ? '' : ' '}${points.slice(0, cut).join('')}`;
      lines.push(line);
      line = indent;
      empty = true;
      rest = points.slice(cut).join('');
    }
    if (rest !== '') {
      line += `${empty ? '' : ' '}${rest}`;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

import { visible } from './visible.js';

/**
 * Rendering of untrusted strings into GitHub-flavoured Markdown.
 *
 * Every string that came from a document goes through `untrusted()`, which puts it in a code span. Inside a code span
 * GFM renders no HTML, links, images, autolinks or emphasis, and GitHub links no @mentions or #references. What a code
 * span cannot neutralise is handled here: control and bidi characters (made visible as escapes, since they could break
 * the line or reorder what a reviewer reads), backtick runs (the fence is always longer), and table pipes (table rows are split before inline
 * parsing, so a pipe in a code span still ends the cell unless it is escaped).
 */

/** Longest untrusted string shown; contract `text` is at most 500 characters, so this only cuts hostile input. */
export const MAX_UNTRUSTED_LENGTH = 500;

const BACKTICK_RUN = /`+/g;

export interface UntrustedOptions {
  /** The span sits in a table cell: pipes are escaped so they cannot end the cell. */
  readonly inTable?: boolean;
}

/** A code span that shows `value` literally and cannot inject Markdown or HTML. */
export function untrusted(value: string, options: UntrustedOptions = {}): string {
  let text = visible(value);
  if (text.length > MAX_UNTRUSTED_LENGTH) text = `${cutAt(text, MAX_UNTRUSTED_LENGTH)}…`;
  if (text.trim() === '') return '(blank)';
  if (options.inTable) text = escapeTablePipes(text);
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  // A span that starts or ends with a backtick or a space needs padding, which GFM strips again.
  const padded = /^[` ]|[` ]$/.test(text) ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

/** A code span for each value, joined for a list inside one cell or line. */
export function untrustedList(values: readonly string[], options: UntrustedOptions = {}): string {
  return values.map((value) => untrusted(value, options)).join(', ');
}

/** The first `length` code units, one fewer when that would split a surrogate pair. */
function cutAt(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(BACKTICK_RUN)) longest = Math.max(longest, match[0].length);
  return longest;
}

/**
 * Escapes each pipe as `\|`. The table splitter pairs backslashes first, so a run of backslashes before the pipe must
 * leave an odd total for the pipe to stay escaped; an odd run gets one extra backslash (shown, but harmless).
 */
function escapeTablePipes(text: string): string {
  let out = '';
  let backslashes = 0;
  for (const char of text) {
    if (char === '|') out += backslashes % 2 === 1 ? '\\\\|' : '\\|';
    else out += char;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return out;
}

/**
 * Control characters made visible (spec §10). Every string that came from an input is written through here before it
 * reaches a terminal, a log or a report, so no input can start a line of its own, reorder what a reader sees, or send
 * a terminal escape sequence.
 */

// C0 and C1 controls, DEL, the Arabic letter mark, zero-width and bidi marks, line and paragraph separators, bidi
// embeddings and isolates, word joiner and invisible operators, and the byte order mark. Single characters: linear.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are escaped.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

// What `JSON.stringify` leaves raw inside strings; C0 controls it escapes itself, and outside strings they are layout.
const JSON_RAW = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\r`, `\t`, or `\uXXXX`: the form JSON and JavaScript readers know. */
function escapeCharacter(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The string with every control, separator and bidi character written as an escape. */
export function visible(value: string): string {
  return value.replace(INVISIBLE, escapeCharacter);
}

// The runner's legacy command form is recognised anywhere in a line, case-insensitively: `##[set-output …]`.
const LEGACY_COMMAND = /##\[/g;
// A workflow command is a line that starts, after blanks, with `::`.
const LINE_COMMAND = /^([ \t]*):/;

/**
 * One line of plain-text output made safe for a terminal and for the Actions runner: controls made visible, the
 * legacy `##[` form broken up and a leading `::` escaped, so the line can neither be nor forge a workflow command.
 */
export function safeLine(line: string): string {
  const text = visible(line).replace(LEGACY_COMMAND, '##\\u005b');
  return text.replace(LINE_COMMAND, (_, blanks: string) => `${blanks}\\u003a`);
}

/**
 * JSON text made safe the same way without changing what it parses to: the characters `JSON.stringify` leaves raw
 * (DEL, C1, separators, bidi) and `##[` become `\u` escapes, which are only ever inside strings.
 */
export function safeJsonText(json: string): string {
  return json.replace(JSON_RAW, escapeCharacter).replace(LEGACY_COMMAND, '##\\u005b');
}

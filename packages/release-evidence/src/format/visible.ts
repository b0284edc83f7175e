/**
 * Untrusted text for terminals and logs (spec §10): C0 and C1 controls, DEL, U+2028/U+2029 and bidi controls are
 * written as escapes (`\n`, `\u001b`), so a value can neither start a line of its own nor send an escape sequence.
 * A backslash is doubled, so an escape written by the value itself cannot pass for one made here.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are escaped.
const INVISIBLE = /[\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function visible(value: string): string {
  return value.replace(
    INVISIBLE,
    (char) => NAMED[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

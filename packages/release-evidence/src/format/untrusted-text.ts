/**
 * What every renderer does to a string that came from a document before it adds its own escaping: characters that
 * could break a line or reorder what a reviewer reads are neutralised, and hostile lengths are cut.
 */

/** Longest untrusted string shown; contract `text` is at most 500 characters, so this only cuts hostile input. */
export const MAX_UNTRUSTED_LENGTH = 500;

// C0/C1 controls, DEL, line/paragraph separators, zero-width and bidi controls. Single characters: linear.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are replaced.
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** `text` cut to MAX_UNTRUSTED_LENGTH code units with `…`, never splitting a surrogate pair. */
export function shortened(text: string): string {
  if (text.length <= MAX_UNTRUSTED_LENGTH) return text;
  const last = text.charCodeAt(MAX_UNTRUSTED_LENGTH - 1);
  const length = last >= 0xd800 && last <= 0xdbff ? MAX_UNTRUSTED_LENGTH - 1 : MAX_UNTRUSTED_LENGTH;
  return `${text.slice(0, length)}…`;
}

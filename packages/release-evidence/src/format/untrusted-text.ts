/**
 * What every renderer does to a string that came from a document after `visible` and before its own escaping:
 * hostile lengths are cut.
 */

/** Longest untrusted string shown; contract `text` is at most 500 characters, so this only cuts hostile input. */
export const MAX_UNTRUSTED_LENGTH = 500;

/** `text` cut to MAX_UNTRUSTED_LENGTH code units with `…`, never splitting a surrogate pair. */
export function shortened(text: string): string {
  if (text.length <= MAX_UNTRUSTED_LENGTH) return text;
  const last = text.charCodeAt(MAX_UNTRUSTED_LENGTH - 1);
  const length = last >= 0xd800 && last <= 0xdbff ? MAX_UNTRUSTED_LENGTH - 1 : MAX_UNTRUSTED_LENGTH;
  return `${text.slice(0, length)}…`;
}

/**
 * The views of one string that the rules see (spec §8): the string itself with invisible format characters removed
 * and NFKC applied, plus one layer of percent-decoding and one of base64-decoding. The engine calls each step only
 * where the string's features show that encoding can be there, so plain strings cost nothing here.
 */

// Every format character (category Cf: zero-width, joiners, bidi controls including U+061C, soft hyphen, BOM, tags),
// variation selectors, the combining grapheme joiner and the Hangul fillers: none is visible, all can split a token.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each listed character is removed on its own, joiners included.
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const PERCENT = /%[0-9A-Fa-f]{2}/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
// Lookbehind keeps the search linear; a candidate needs both cases, which labels, hex and secret names never have.
const BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}/g;
// A longer run is a base64-blob finding by itself (1 KiB or more); decoding it would only cost time.
const MAX_DECODED_RUN = 8192;
const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: decoded bytes that are control characters mean binary.
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Removes invisible characters and applies NFKC, so fullwidth and spaced-out tokens fold to their plain form. */
export function normalizeText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.replace(INVISIBLE, '').normalize('NFKC');
}

/** Decodes each run of %XX escapes; a run that is not UTF-8 is left as it is. */
export function decodePercent(text: string): string | undefined {
  if (!PERCENT.test(text)) return undefined;
  return text.replace(PERCENT_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let index = 0; index < bytes.length; index++)
      bytes[index] = Number.parseInt(run.slice(index * 3 + 1, index * 3 + 3), 16);
    return decodeUtf8(bytes) ?? run;
  });
}

/** Decodes base64 (standard or URL-safe) runs that turn into text; binary results are dropped. */
export function decodeBase64Runs(text: string): string | undefined {
  if (text.length < 16) return undefined;
  let decoded: string[] | undefined;
  BASE64_RUN.lastIndex = 0;
  for (let match = BASE64_RUN.exec(text); match; match = BASE64_RUN.exec(text)) {
    const run = match[0];
    if (run.length > MAX_DECODED_RUN || !LOWER.test(run) || !UPPER.test(run)) continue;
    const value = decodeBase64(run);
    if (value === undefined) continue;
    decoded ??= [];
    decoded.push(value);
  }
  return decoded?.join('\n');
}

function decodeBase64(run: string): string | undefined {
  const body = run.replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/');
  if (body.length % 4 === 1) return undefined;
  let binary: string;
  try {
    binary = atob(body + '='.repeat((4 - (body.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const value = decodeUtf8(bytes);
  return value === undefined || BINARY.test(value) ? undefined : value;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

// The lexical pieces of JSON (RFC 8259), read by character code: each returns the index just past the token, or -1
// when the text there is not one. They allocate nothing, so the walker's hot loop produces no garbage of its own.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;

export function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

const isDigit = (code: number) => code >= ZERO && code <= NINE;
const isHex = (code: number) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

/** End of the string literal at `start`, escapes included; -1 when it is invalid (JSON forbids raw control characters). */
export function endOfString(text: string, start: number): number {
  const length = text.length;
  for (let index = start + 1; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) return index + 1;
    if (code < 0x20) return -1;
    if (code !== BACKSLASH) continue;
    const escaped = text.charCodeAt(++index);
    if (escaped === 0x75) {
      for (let digit = 0; digit < 4; digit++) if (!isHex(text.charCodeAt(++index))) return -1;
    } else if (!isSimpleEscape(escaped)) return -1;
  }
  return -1;
}

/**
 * The decoded value of the valid literal `text[start, end)`. Most hold no escape and are a plain slice; the rest
 * are decoded by JSON.parse, the reference decoder.
 */
export function stringValue(text: string, start: number, end: number): string {
  const value = text.slice(start + 1, end - 1);
  return value.indexOf('\\') === -1 ? value : (JSON.parse(text.slice(start, end)) as string);
}

/** `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`. */
function isSimpleEscape(code: number): boolean {
  return (
    code === QUOTE ||
    code === BACKSLASH ||
    code === 0x2f ||
    code === 0x62 ||
    code === 0x66 ||
    code === 0x6e ||
    code === 0x72 ||
    code === 0x74
  );
}

/**
 * End of the number literal at `start` (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`): a fraction or exponent
 * that is not complete is left for the caller to refuse as the next token, as a regex would.
 */
export function endOfNumber(text: string, start: number): number {
  let index = start;
  if (text.charCodeAt(index) === 0x2d) index++;
  const first = text.charCodeAt(index);
  if (first === ZERO) index++;
  else if (isDigit(first)) while (isDigit(text.charCodeAt(++index)));
  else return -1;
  if (text.charCodeAt(index) === 0x2e && isDigit(text.charCodeAt(index + 1))) {
    index++;
    while (isDigit(text.charCodeAt(++index)));
  }
  const exponent = text.charCodeAt(index);
  if (exponent === 0x65 || exponent === 0x45) {
    let next = index + 1;
    const sign = text.charCodeAt(next);
    if (sign === 0x2b || sign === 0x2d) next++;
    if (isDigit(text.charCodeAt(next))) {
      while (isDigit(text.charCodeAt(++next)));
      index = next;
    }
  }
  return index;
}

/**
 * False for a number I-JSON and an IEEE double cannot carry: an integer beyond ±(2^53−1), or any number that
 * overflows to infinity. An integer of at most 15 digits is always safe, so most need no conversion.
 */
export function isSafeNumber(text: string, start: number, end: number): boolean {
  let integer = true;
  for (let index = start; index < end && integer; index++) {
    const code = text.charCodeAt(index);
    integer = isDigit(code) || code === 0x2d;
  }
  const digits = text.charCodeAt(start) === 0x2d ? end - start - 1 : end - start;
  if (integer && digits <= 15) return true;
  const number = Number(text.slice(start, end));
  return Number.isFinite(number) && (!integer || Number.isSafeInteger(number));
}

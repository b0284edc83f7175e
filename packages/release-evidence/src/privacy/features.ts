/**
 * A one-loop summary of a string that gates the rules: a token needs a long run of token characters, an e-mail needs
 * an `@`, and so on. Most strings in evidence (prose, labels, timestamps) pass no gate, so no regex runs on them.
 */
export interface Features {
  /** Longest run of `[A-Za-z0-9_-]`. */
  readonly tokenRun: number;
  /** Longest run of `[A-Za-z0-9]`. */
  readonly alnumRun: number;
  /** Longest run of `[0-9A-Fa-f]`. */
  readonly hexRun: number;
  /** Longest run of `[A-Za-z0-9+/_-]` (standard or URL-safe base64). */
  readonly base64Run: number;
  /** Longest base64 run that holds both upper- and lower-case letters, as encoded text does. */
  readonly mixedBase64Run: number;
  /** Bits of the marker characters present (see `charMask`). */
  readonly chars: number;
  readonly upper: boolean;
  readonly lower: boolean;
  readonly nonAscii: boolean;
}

/** What a rule needs before it is worth running; every field present must hold. */
export interface Needs {
  readonly tokenRun?: number;
  readonly alnumRun?: number;
  readonly hexRun?: number;
  readonly base64Run?: number;
  /** Marker characters that must all occur. */
  readonly chars?: string;
}

const MARKERS = '@=?&:/.%-_';

/** Bit mask of the marker characters in `chars`; characters that are not markers are ignored. */
export function charMask(chars: string): number {
  let mask = 0;
  for (const char of chars) {
    const index = MARKERS.indexOf(char);
    if (index !== -1) mask |= 1 << index;
  }
  return mask;
}

const UPPER = 1;
const LOWER = 2;
const DIGIT = 4;
const HEX = 8;
const TOKEN = 16;
const BASE64 = 32;

/** Character classes of each ASCII code, and marker bits, looked up instead of compared. */
const CLASS = new Uint8Array(128);
const MARKER = new Uint16Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  let bits = 0;
  if (/[A-Z]/.test(char)) bits |= UPPER | TOKEN | BASE64;
  if (/[a-z]/.test(char)) bits |= LOWER | TOKEN | BASE64;
  if (/[0-9]/.test(char)) bits |= DIGIT | TOKEN | BASE64;
  if (/[0-9A-Fa-f]/.test(char)) bits |= HEX;
  if (char === '-' || char === '_') bits |= TOKEN | BASE64;
  if (char === '+' || char === '/') bits |= BASE64;
  CLASS[code] = bits;
  MARKER[code] = charMask(char);
}
const ALNUM = UPPER | LOWER | DIGIT;

export function featuresOf(text: string): Features {
  let tokenRun = 0;
  let alnumRun = 0;
  let hexRun = 0;
  let base64Run = 0;
  let mixedBase64Run = 0;
  let token = 0;
  let alnum = 0;
  let hex = 0;
  let base64 = 0;
  let runCases = 0;
  let chars = 0;
  let cases = 0;
  let nonAscii = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 127) nonAscii = true;
    const bits = code < 128 ? (CLASS[code] as number) : 0;
    chars |= code < 128 ? (MARKER[code] as number) : 0;
    cases |= bits;
    alnum = bits & ALNUM ? alnum + 1 : 0;
    hex = bits & HEX ? hex + 1 : 0;
    token = bits & TOKEN ? token + 1 : 0;
    if (bits & BASE64) {
      base64++;
      runCases |= bits;
    } else {
      base64 = 0;
      runCases = 0;
    }
    if (alnum > alnumRun) alnumRun = alnum;
    if (hex > hexRun) hexRun = hex;
    if (token > tokenRun) tokenRun = token;
    if (base64 > base64Run) base64Run = base64;
    if ((runCases & (UPPER | LOWER)) === (UPPER | LOWER) && base64 > mixedBase64Run) mixedBase64Run = base64;
  }
  return {
    tokenRun,
    alnumRun,
    hexRun,
    base64Run,
    mixedBase64Run,
    chars,
    upper: (cases & UPPER) !== 0,
    lower: (cases & LOWER) !== 0,
    nonAscii,
  };
}

/** A rule's needs, compiled once. */
export function compileNeeds(needs: Needs | undefined): (features: Features) => boolean {
  if (!needs) return () => true;
  const mask = charMask(needs.chars ?? '');
  const { tokenRun = 0, alnumRun = 0, hexRun = 0, base64Run = 0 } = needs;
  return (features) =>
    (features.chars & mask) === mask &&
    features.tokenRun >= tokenRun &&
    features.alnumRun >= alnumRun &&
    features.hexRun >= hexRun &&
    features.base64Run >= base64Run;
}

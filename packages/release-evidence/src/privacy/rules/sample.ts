/**
 * Sample values for the catalogue's `tps` and `fps`. They are assembled when the module loads, from a seeded
 * generator and split prefixes (`'gh' + 'p_'`), so the repository never holds a token-shaped literal.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

export interface SampleMaker {
  /** Letters and digits, with at least one upper-case letter, one digit and one lower-case letter. */
  alnum(length: number): string;
  hex(length: number): string;
  upper(length: number): string;
  lower(length: number): string;
  digits(length: number): string;
  base64(length: number): string;
  from(alphabet: string, length: number): string;
}

/** A deterministic maker: the same seed text gives the same samples. */
export function samples(seed: string): SampleMaker {
  let state = 0x9e3779b9;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 0x85ebca6b) >>> 0;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const from = (alphabet: string, length: number) => {
    let out = '';
    for (let index = 0; index < length; index++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  return {
    alnum: (length) => from(UPPER + LOWER + DIGITS, length - 3) + from(UPPER, 1) + from(DIGITS, 1) + from(LOWER, 1),
    hex: (length) => from('0123456789abcdef', length),
    upper: (length) => from(UPPER + DIGITS, length),
    lower: (length) => from(LOWER, length),
    digits: (length) => from(DIGITS, length),
    base64: (length) => from(`${UPPER}${LOWER}${DIGITS}+/`, length),
    from,
  };
}

/** The ways evidence writes a secret next to its name (spec §8): every rule's samples are checked in each. */
export const ASSIGNMENT_FORMS: readonly { readonly form: string; readonly write: (value: string) => string }[] = [
  { form: 'env', write: (value) => `DEPLOY_TOKEN=${value}` },
  { form: 'spaced', write: (value) => `deploy_token = "${value}"` },
  { form: 'colon', write: (value) => `deployToken: "${value}"` },
  { form: 'json-member', write: (value) => `{"deploy_token": "${value}"}` },
  { form: 'yaml', write: (value) => `env:\n  DEPLOY_TOKEN: ${value}\n` },
  { form: 'flag', write: (value) => `tool login --api-token ${value}` },
  { form: 'flag-equals', write: (value) => `tool login --password=${value}` },
  { form: 'header', write: (value) => `curl -H 'X-Api-Key: ${value}' https://api.example.com/` },
];

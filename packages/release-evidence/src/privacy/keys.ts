import { BoundedCache } from './bounded-cache.js';
import type { KeyKind } from './types.js';

/**
 * The key lists of spec §8. Keys match case-insensitively in camelCase, snake_case and kebab-case: a key is split
 * into lower-case words and compared joined (`api_key`, `apiKey`, `API-KEY` → `apikey`). The `x-` prefix of an
 * extension key is ignored.
 */
const SECRET_KEYS = new Set([
  'secret',
  'token',
  'password',
  'passwd',
  'apikey',
  'accesskey',
  'privatekey',
  'clientsecret',
  'credential',
  'credentials',
  'authorization',
  'cookie',
  'session',
  'signature',
  'webhooksecret',
]);
// The spec names keys ending in Secret, Token or Key; a name ending in Password (DATABASE_PASSWORD) is no less a secret.
const SECRET_SUFFIXES = new Set(['secret', 'token', 'key', 'password', 'passwd', 'credential', 'credentials']);
const SECRET_WORDS = new Set(['secret', 'token', 'key', 'password', 'passwd', 'credential', 'credentials', 'apikey']);

const IDENTITY_KEYS = new Set([
  'userid',
  'actorid',
  'accountid',
  'workspaceid',
  'ownerid',
  'customerid',
  'orgid',
  'tenantid',
  'memberid',
  'principalid',
  'email',
  'emailaddress',
  'username',
  'login',
]);

const FINGERPRINT_KEYS = new Set(['fingerprint', 'hash', 'last4', 'first4', 'prefix', 'suffix', 'checksum', 'sha256']);
const FINGERPRINT_WORDS = new Set([
  'fingerprint',
  'hash',
  'sha1',
  'sha256',
  'sha512',
  'md5',
  'last4',
  'first4',
  'prefix',
  'suffix',
  'length',
  'checksum',
]);

const PROVIDER_KEYS = new Set([
  'requestid',
  'predictionid',
  'executionid',
  'logid',
  'rayid',
  'cfray',
  'generationid',
  'responseid',
  'completionid',
]);

// Only a name's first characters are read: its kind depends on nothing after them.
const KEY_CHARS = 200;

/** Splits a member name into lower-case words: `x-webhookSecret_v2` → `webhook`, `secret`, `v2`. */
export function keyWords(key: string): string[] {
  const words = key
    .slice(0, KEY_CHARS)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  if (words[0] === 'x' && words.length > 1) words.shift();
  return words;
}

// With no separator at all (`accesstoken`, `GITHUBTOKEN`), a name is secret-like when it ends in one of these; a
// bare `key` ending is not enough (`monkey`), only the compounds.
const COMPACT_SUFFIXES = [
  'token',
  'secret',
  'password',
  'passwd',
  'apikey',
  'accesskey',
  'privatekey',
  'secretkey',
  'signingkey',
  'clientsecret',
];

/** What a member name says about its value. */
export function classifyKey(key: string): KeyKind | undefined {
  return classify(keyWords(key));
}

/** `classifyKey` with a bounded cache of its own, because documents repeat their keys. */
export function createKeyClassifier(): (key: string) => KeyKind | undefined {
  // `null` stands for "no kind", so that one lookup answers both "seen?" and "what?" on this hot path.
  const cache = new BoundedCache<KeyKind | null>();
  return (key) => {
    // Keyed by the characters the kind depends on: a long name looked up under its copy in the cache was compared in
    // full, once per string below it (every string under 60 names of 8 KiB: 1 MiB scanned in seconds).
    const read = key.length > KEY_CHARS ? key.slice(0, KEY_CHARS) : key;
    const known = cache.get(read);
    if (known !== undefined) return known ?? undefined;
    const kind = classifyKey(read);
    cache.set(read, kind ?? null);
    return kind;
  };
}

function classify(words: readonly string[]): KeyKind | undefined {
  const compact = words.join('');
  if (IDENTITY_KEYS.has(compact)) return 'identity';
  if (PROVIDER_KEYS.has(compact)) return 'provider';
  // A fingerprint key names a hash or part of a secret (`tokenSha256`, `last4`); checked before the secret suffixes.
  if (FINGERPRINT_KEYS.has(compact)) return 'fingerprint';
  if (words.some((word) => FINGERPRINT_WORDS.has(word)) && words.some((word) => SECRET_WORDS.has(word))) {
    return 'secret-fingerprint';
  }
  if (SECRET_KEYS.has(compact) || SECRET_SUFFIXES.has(words[words.length - 1] ?? '')) return 'secret';
  const last = words[words.length - 1] ?? '';
  if (COMPACT_SUFFIXES.some((suffix) => last.endsWith(suffix))) return 'secret';
  return undefined;
}

import * as v from 'valibot';
import { isOriginUrl, ORIGIN_URL_PATTERN } from './origin-url.js';
import {
  BINDING_NAME_PATTERN,
  BRANCH_PATTERN,
  COMMAND_LABEL_PATTERN,
  COMMIT_SHA_PATTERN,
  DEFERRAL_ID_PATTERN,
  DIGEST_PATTERN,
  LABEL_PATTERN,
  REFERENCE_PATTERN,
  REPOSITORY_PATTERN,
  SECRET_NAME_PATTERN,
  SEMVER_PATTERN,
  WORKFLOW_PATTERN,
} from './patterns.js';
import { DURATION_PATTERN, isTimestamp, TIMESTAMP_PATTERN } from './time.js';

/** I-JSON text is well-formed UTF-16: no lone surrogates. Only fields that take any character need the check. */
export function isWellFormedText(value: string): boolean {
  return value.isWellFormed();
}

const wellFormed = v.check(isWellFormedText, 'invalid-unicode');

// Every action carries its issue code as its message, so the engine maps issues to codes without valibot's default
// messages (which quote the received value).

/** The largest integer I-JSON can carry exactly. */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function formatted(pattern: string) {
  return v.pipe(v.string(), v.regex(new RegExp(pattern), 'invalid-format'));
}

export const label = formatted(LABEL_PATTERN);
export const reference = v.pipe(
  v.string(),
  v.minLength(1, 'invalid-length'),
  v.maxLength(200, 'invalid-length'),
  v.regex(new RegExp(REFERENCE_PATTERN), 'invalid-format'),
);
export const secretName = formatted(SECRET_NAME_PATTERN);
export const bindingName = formatted(BINDING_NAME_PATTERN);
export const deferralId = formatted(DEFERRAL_ID_PATTERN);
export const commitSha = formatted(COMMIT_SHA_PATTERN);
export const digest = formatted(DIGEST_PATTERN);
export const repository = formatted(REPOSITORY_PATTERN);
export const branch = v.pipe(v.string(), v.regex(new RegExp(BRANCH_PATTERN), 'invalid-format'), wellFormed);
export const semver = formatted(SEMVER_PATTERN);
export const commandLabel = formatted(COMMAND_LABEL_PATTERN);
export const workflowName = formatted(WORKFLOW_PATTERN);
/**
 * Checks done in code, with the pattern the JSON Schema carries instead. One code check per value is faster than a
 * regex and a check; the schema cannot say "no 30 February" or "port at most 65535", so those stay code-only.
 */
export const CODE_CHECK_PATTERNS: ReadonlyMap<(value: string) => boolean, string | undefined> = new Map([
  [isTimestamp, TIMESTAMP_PATTERN],
  [isOriginUrl, ORIGIN_URL_PATTERN],
  [isWellFormedText, undefined],
]);

export const timestamp = v.pipe(v.string(), v.check(isTimestamp, 'invalid-format'));
export const duration = formatted(DURATION_PATTERN);
export const originUrl = v.pipe(v.string(), v.check(isOriginUrl, 'invalid-format'));
/** Free text of `min`–`max` characters; the privacy scanner reads it, the contract only bounds it. */
export function freeText(min: number, max: number) {
  return v.pipe(v.string(), v.minLength(min, 'invalid-length'), v.maxLength(max, 'invalid-length'), wellFormed);
}

export const text = freeText(0, 500);

function integerFrom(min: number) {
  return v.pipe(
    v.number(),
    v.integer('invalid-type'),
    v.minValue(min, 'out-of-range'),
    v.maxValue(MAX_SAFE, 'number-range'),
  );
}

export const count = integerFrom(0);
export const positiveCount = integerFrom(1);
export const durationMs = count;
export const rate = v.pipe(v.number(), v.minValue(0, 'out-of-range'), v.maxValue(1, 'out-of-range'));
export const percent = v.pipe(v.number(), v.minValue(0, 'out-of-range'), v.maxValue(100, 'out-of-range'));

export function oneOf<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options, 'invalid-value');
}

export function exactly<const T extends string>(value: T, code = 'invalid-value') {
  return v.literal(value, code);
}

export function list<T extends v.GenericSchema>(item: T, min: number, max: number) {
  return v.pipe(v.array(item), v.minLength(min, 'invalid-length'), v.maxLength(max, 'invalid-length'));
}

export const ENVIRONMENTS = ['staging', 'production'] as const;
export const environment = oneOf(ENVIRONMENTS);

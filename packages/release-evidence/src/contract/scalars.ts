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
import { integerScalar, rangeScalar, stringScalar } from './scalar-schema.js';
import { DURATION_PATTERN, isTimestamp, TIMESTAMP_PATTERN } from './time.js';

/** The largest integer I-JSON can carry exactly. */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// Every scalar carries its issue codes itself, so the engine maps issues to codes without valibot's default messages
// (which quote the received value).

const formatted = (pattern: string) => stringScalar({ pattern });

export const label = formatted(LABEL_PATTERN);
export const reference = stringScalar({ minLength: 1, maxLength: 200, pattern: REFERENCE_PATTERN });
export const secretName = formatted(SECRET_NAME_PATTERN);
export const bindingName = formatted(BINDING_NAME_PATTERN);
export const deferralId = formatted(DEFERRAL_ID_PATTERN);
export const commitSha = formatted(COMMIT_SHA_PATTERN);
export const digest = formatted(DIGEST_PATTERN);
export const repository = formatted(REPOSITORY_PATTERN);
export const branch = stringScalar({ pattern: BRANCH_PATTERN, wellFormed: true });
export const semver = formatted(SEMVER_PATTERN);
export const commandLabel = formatted(COMMAND_LABEL_PATTERN);
export const workflowName = formatted(WORKFLOW_PATTERN);
// The JSON Schema cannot say "no 30 February" or "port at most 65535", so those checks are code, and the schema
// carries the nearest pattern.
export const timestamp = stringScalar({ test: { accepts: isTimestamp, pattern: TIMESTAMP_PATTERN } });
export const duration = formatted(DURATION_PATTERN);
export const originUrl = stringScalar({ test: { accepts: isOriginUrl, pattern: ORIGIN_URL_PATTERN } });
/** Free text of `min`–`max` characters; the privacy scanner reads it, the contract only bounds it. */
export function freeText(min: number, max: number) {
  return stringScalar({ minLength: min, maxLength: max, wellFormed: true });
}

export const text = freeText(0, 500);

export const count = integerScalar(0, MAX_SAFE);
export const positiveCount = integerScalar(1, MAX_SAFE);
export const durationMs = count;
export const rate = rangeScalar(0, 1);
export const percent = rangeScalar(0, 100);

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

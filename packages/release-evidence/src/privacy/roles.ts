import { COMMIT_SHA_PATTERN, DIGEST_PATTERN } from '../contract/patterns.js';
import type { PathSegment } from '../json/tokenize.js';
import type { Role } from './types.js';

/*
 * The role of a string, from its path (spec §8): the scanner knows the schema. Only `commitSha`, `digest` and
 * `runId` exempt a value, and only when it has their exact shape; every other role is scanned in full.
 */

const COMMIT_SHA = new RegExp(COMMIT_SHA_PATTERN);
const DIGEST = new RegExp(DIGEST_PATTERN);
const LABEL_FIELDS = new Set([
  'id',
  'label',
  'versionLabel',
  'adapter',
  'modelLabel',
  'reviewerRole',
  'reviewerMode',
  'gate',
  'workflow',
  'candidate',
  'category',
  'nextSafeCommand',
]);
const COMMIT_FIELDS = new Set(['commitSha', 'gitCommit']);
const DIGEST_FIELDS = new Set(['digest', 'packetDigest']);

/** The role of a string whose path ends in `last`, with `twoUp` the segment two above that (`secrets` for a name). */
export function roleOf(last: PathSegment | undefined, twoUp: PathSegment | undefined, inExtensions: boolean): Role {
  if (inExtensions) return 'extension';
  if (typeof last !== 'string') return 'text';
  if (COMMIT_FIELDS.has(last)) return 'commitSha';
  if (DIGEST_FIELDS.has(last)) return 'digest';
  if (last === 'runId') return 'runId';
  if (last === 'name') return twoUp === 'secrets' ? 'secretName' : 'label';
  if (LABEL_FIELDS.has(last)) return 'label';
  if (last.endsWith('At') || last === 'now') return 'timestamp';
  if (last === 'url') return 'origin';
  return 'text';
}

/** True when the role exempts this exact value: a commit SHA in a commit field, a digest in a digest field, a run id. */
export function isExempt(role: Role, value: string): boolean {
  if (role === 'commitSha') return COMMIT_SHA.test(value);
  if (role === 'digest') return DIGEST.test(value);
  return role === 'runId' && /^[0-9]{1,16}$/.test(value);
}

/**
 * True for the document's own commit SHA: a commit field (`last`) outside every `extensions` member, in its exact
 * shape.
 */
export function isOwnCommit(last: PathSegment | undefined, inExtensions: boolean, value: string): boolean {
  return typeof last === 'string' && COMMIT_FIELDS.has(last) && !inExtensions && COMMIT_SHA.test(value);
}

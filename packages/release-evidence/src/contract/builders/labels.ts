import { derivedId } from '../derived-id.js';
import type { Subject } from '../envelope.js';
import {
  BRANCH_PATTERN,
  COMMIT_SHA_PATTERN,
  LABEL_PATTERN,
  REFERENCE_PATTERN,
  SECRET_NAME_PATTERN,
} from '../patterns.js';

const BRANCH = new RegExp(BRANCH_PATTERN);
const COMMIT_SHA = new RegExp(COMMIT_SHA_PATTERN);
const LABEL = new RegExp(LABEL_PATTERN);
const REFERENCE = new RegExp(REFERENCE_PATTERN);
const SECRET_NAME = new RegExp(SECRET_NAME_PATTERN);

/** Spec §2 `label`. */
export const isLabel = (value: string): boolean => LABEL.test(value);

/** Spec §2 `reference`: 1–200 characters of labels joined by `/`, `#` or `:`. */
export const isReference = (value: string): boolean =>
  value.length >= 1 && value.length <= 200 && REFERENCE.test(value);

/** Spec §2 `secretName`. */
export const isSecretName = (value: string): boolean => SECRET_NAME.test(value);

/** Spec §2 `commitSha`: a SHA-1 or SHA-256 git commit id in lowercase hex. */
export const isCommitSha = (value: string): boolean => COMMIT_SHA.test(value);

/** Spec §2 `branch`: what `git check-ref-format --branch` accepts, in well-formed UTF-16. */
export const isBranch = (value: string): boolean => BRANCH.test(value) && value.isWellFormed();

/**
 * Turns a free name (a file path, a title) into a label: lowercase, runs of other characters become `-`, at most 128
 * characters, no leading or trailing punctuation. An empty result is `unnamed`.
 */
export function toLabel(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .slice(0, 128)
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[^a-z0-9]+$/, '');
  return slug === '' ? 'unnamed' : slug;
}

/**
 * A document id for one release: `<name>-<first 12 hex digits of the commit>`, so ids differ per commit. A name near
 * the label limit is shortened the way derived ids are (still a label, still the same for the same input).
 */
export function evidenceId(name: string, subject: Pick<Subject, 'commitSha'>): string {
  return derivedId(name, subject.commitSha.slice(0, 12));
}

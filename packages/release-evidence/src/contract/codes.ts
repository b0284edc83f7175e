import type { ParseErrorCode } from '../json/parse.js';

/** Codes of the consistency rules named by the contract (spec §3–§5). */
export const RULE_CODES = [
  'duplicate-key',
  'duplicate-entry',
  'time-order',
  'origin-required',
  'origin-unexpected',
  'origin-environment',
  'summary-mismatch',
  'conclusion-mismatch',
  'not-rotated',
  'preflight-mismatch',
  'runs-mismatch',
  'latency-order',
  'verdict-mismatch',
  'samples-mismatch',
  'missing-decision-time',
  'expiry-before-decision',
  'traffic-percent',
  'unknown-gate',
] as const;

/** Codes of shape and format problems; stable, chosen by this package (docs/contract.md). */
export const FORMAT_CODES = [
  'unknown-field',
  'required',
  'invalid-type',
  'invalid-format',
  'invalid-value',
  'out-of-range',
  'invalid-length',
  'unknown-kind',
  'unexpected-kind',
  'unsupported-contract',
  'number-range',
  'invalid-unicode',
] as const;

export const PARSE_CODES = [
  'json-empty',
  'json-bom',
  'json-nul',
  'json-too-large',
  'json-too-deep',
  'json-syntax',
  'json-not-object',
] as const satisfies readonly ParseErrorCode[];

export type IssueCode = (typeof RULE_CODES)[number] | (typeof FORMAT_CODES)[number] | ParseErrorCode;

export const ISSUE_CODES: readonly IssueCode[] = [...RULE_CODES, ...FORMAT_CODES, ...PARSE_CODES];

const CODE_SET: ReadonlySet<string> = new Set(ISSUE_CODES);

export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

/** What each code means, as printed after the field name. Never includes a document value. */
export const CODE_TEXT: Readonly<Record<IssueCode, string>> = {
  'duplicate-key': 'member name appears more than once in the same object',
  'duplicate-entry': 'repeats the key of an earlier entry in the same list',
  'time-order': 'time is out of order (later than generatedAt plus clock skew, or start after end)',
  'origin-required': 'an origin is required for this stage',
  'origin-unexpected': 'not allowed for the source stage',
  'origin-environment': 'origin environment does not equal the stage',
  'summary-mismatch': 'does not equal the counts in checks',
  'conclusion-mismatch': 'must be failure when any check failed, and success otherwise',
  'not-rotated': 'after.updatedAt is not later than before.updatedAt',
  'preflight-mismatch': 'must be failed when any secret preflight failed, and passed otherwise',
  'runs-mismatch': 'succeeded + failed + timedOut does not equal attempted',
  'latency-order': 'must satisfy p50 <= p95 <= max',
  'verdict-mismatch': 'does not equal the computed verdict',
  'samples-mismatch': 'is larger than its total',
  'missing-decision-time': 'decidedAt is required unless the decision is pending',
  'expiry-before-decision': 'expiresAt must be later than decidedAt',
  'traffic-percent': 'trafficPercent must be present exactly when scope is traffic',
  'unknown-gate': 'names an unknown gate',
  'unknown-field': 'is not a field of the contract',
  required: 'is required',
  'invalid-type': 'has the wrong type',
  'invalid-format': 'does not match the required format',
  'invalid-value': 'is not one of the allowed values',
  'out-of-range': 'is out of range',
  'invalid-length': 'has too few or too many items or characters',
  'unknown-kind': 'is not a known document kind',
  'unexpected-kind': 'is not the expected document kind',
  'unsupported-contract': 'must be "release-evidence/v1"',
  'number-range': 'number is not finite as an IEEE double, or an integer outside plus or minus 2^53-1 (I-JSON)',
  'invalid-unicode': 'contains a lone UTF-16 surrogate (not I-JSON)',
  'json-empty': 'input is empty',
  'json-bom': 'input starts with a byte order mark',
  'json-nul': 'input contains a NUL character',
  'json-too-large': 'input is larger than the limit',
  'json-too-deep': 'input nests deeper than the limit',
  'json-syntax': 'input is not valid JSON',
  'json-not-object': 'top-level value is not a JSON object',
};

import type { DOCUMENT_CODES } from '../problem/codes/document.js';
import { PROBLEM_DOMAINS } from '../problem/index.js';

/** A validation issue's code: a code of the catalogue's document domain (`src/problem/codes/document.ts`). */
export type IssueCode = keyof typeof DOCUMENT_CODES;

const CODE_SET: ReadonlySet<string> = new Set(Object.keys(PROBLEM_DOMAINS.document));

export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

/** The codes of the consistency rules the contract names (spec §3–§5); the others are parse, shape and format codes. */
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
] as const satisfies readonly IssueCode[];

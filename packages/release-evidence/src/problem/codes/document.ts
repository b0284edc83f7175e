import { type CodeEntry, defineCodes } from '../entry.js';
import { fieldOf } from '../field.js';

// Validation issues (`validateDocument`, `validatePolicy`): always at a pointer, always errors. A rule or shape
// sentence is the member's name and a fixed text, so it never holds a document value.

const issue = (text: string, meaning: string): CodeEntry => ({
  severity: 'error',
  meaning,
  args: {},
  render: (_args, show, pointer) => `${fieldOf(pointer, show)} ${text}`,
});

// The parser's own phrase (`src/json/parse.ts`, fixed text that never quotes the input) and where it stopped.
const parse = (meaning: string): CodeEntry => ({
  severity: 'error',
  meaning,
  args: { detail: 'string', 'line?': 'number', 'column?': 'number' },
  render: (args) => `${args.detail}${args.line === undefined ? '' : ` (line ${args.line}, column ${args.column})`}`,
});

/** Codes of the document domain: parse, shape and format codes, then the consistency rules (spec §3–§5). */
export const DOCUMENT_CODES = defineCodes({
  'json-empty': parse('the text is empty or only whitespace'),
  'json-bom': parse('the text starts with a byte order mark'),
  'json-nul': parse('the text contains a NUL character'),
  'json-too-large': parse('the text is larger than `maxBytes` (default 1 MiB)'),
  'json-too-deep': parse('objects and arrays nest deeper than `maxDepth` (default 64)'),
  'json-syntax': parse('the text is not valid JSON'),
  'json-not-object': parse('the top-level value is not a JSON object'),
  'duplicate-key': issue(
    'member name appears more than once in the same object',
    'a member name repeats in one object (I-JSON); at the member',
  ),
  'number-range': issue(
    'number is not finite as an IEEE double, or an integer outside plus or minus 2^53-1 (I-JSON)',
    'an integer outside ±(2^53−1) (I-JSON), a number that is not finite, or an integer field above 2^53−1',
  ),
  'invalid-unicode': issue(
    'contains a lone UTF-16 surrogate (not I-JSON)',
    'a lone UTF-16 surrogate in free text, a branch name or an extension value',
  ),
  'unknown-field': issue(
    'is not a field of the contract',
    'a member the contract does not define, including `__proto__`, `constructor`, `prototype` and extension keys other than `x-…`',
  ),
  required: issue('is required', 'a required member is missing; at the missing member'),
  'invalid-type': {
    severity: 'error',
    meaning: 'wrong JSON type, an array where an object belongs, a non-integer count, a value JSON cannot hold',
    args: { 'notObject?': 'boolean' },
    render: (args, show, pointer) =>
      args.notObject === true ? 'document is not a JSON object' : `${fieldOf(pointer, show)} has the wrong type`,
  },
  'invalid-format': issue(
    'does not match the required format',
    'a scalar does not match its format (§2), including impossible calendar dates and ports above 65535',
  ),
  'invalid-value': {
    severity: 'error',
    meaning:
      'not one of the allowed values or constants; also an in-memory document or policy that throws when read (at `""`)',
    args: { 'unreadable?': 'string' },
    render: (args, show, pointer) =>
      typeof args.unreadable === 'string'
        ? `${args.unreadable} could not be read as a JSON value`
        : `${fieldOf(pointer, show)} is not one of the allowed values`,
  },
  'out-of-range': issue(
    'is out of range',
    'a number below its minimum or above its maximum (`rate`, `percent`, counts ≥ 0, run ids ≥ 1)',
  ),
  'invalid-length': issue(
    'has too few or too many items or characters',
    'too few or too many list items (`checks` 1–500, `origins` exactly 2, …) or characters (`text` ≤ 500)',
  ),
  'unknown-kind': issue(
    'is not a known document kind',
    '`kind` is not a contract kind (also an artifact document that is not evidence); at `/kind`',
  ),
  'unexpected-kind': issue('is not the expected document kind', 'the document is not of the `expectKind` asked for'),
  'unsupported-contract': issue('must be "release-evidence/v1"', '`contract` is not `release-evidence/v1`'),
  'duplicate-entry': issue(
    'repeats the key of an earlier entry in the same list',
    'a "unique" list repeats a key; at the later, repeated entry',
  ),
  'time-order': issue(
    'time is out of order (later than generatedAt plus clock skew, or start after end)',
    'an observation time after `generatedAt` + clock skew, or `window.startedAt` > `window.endedAt` (at `/window`)',
  ),
  'origin-required': issue(
    'an origin is required for this stage',
    '`release-status` at `staging`/`production` without `origin`',
  ),
  'origin-unexpected': issue('not allowed for the source stage', '`origin` or `deployment` on a `source` status'),
  'origin-environment': issue(
    'origin environment does not equal the stage',
    '`origin.environment` differs from `stage`',
  ),
  'summary-mismatch': issue(
    'does not equal the counts in checks',
    'a summary count differs from the counted checks; at each wrong count',
  ),
  'conclusion-mismatch': issue(
    'must be failure when any check failed, and success otherwise',
    '`conclusion` does not follow the checks',
  ),
  'not-rotated': issue(
    'after.updatedAt is not later than before.updatedAt',
    '`after.updatedAt` is not later than `before.updatedAt`',
  ),
  'preflight-mismatch': issue(
    'must be failed when any secret preflight failed, and passed otherwise',
    '`preflight.status` does not follow the secrets',
  ),
  'runs-mismatch': issue(
    'succeeded + failed + timedOut does not equal attempted',
    '`succeeded + failed + timedOut ≠ attempted`',
  ),
  'latency-order': issue('must satisfy p50 <= p95 <= max', 'not `p50 ≤ p95 ≤ max`'),
  'verdict-mismatch': issue('does not equal the computed verdict', '`verdict` differs from the computed verdict'),
  'samples-mismatch': issue('is larger than its total', 'blocked or allowed samples exceed their total'),
  'missing-decision-time': issue(
    'decidedAt is required unless the decision is pending',
    'a non-pending approval without `decidedAt`',
  ),
  'expiry-before-decision': issue('expiresAt must be later than decidedAt', '`expiresAt` not later than `decidedAt`'),
  'traffic-percent': issue(
    'trafficPercent must be present exactly when scope is traffic',
    '`trafficPercent` present without `scope: traffic`, or missing with it',
  ),
  'unknown-gate': issue(
    'names an unknown gate',
    'a policy names a gate that does not exist (`maxAge` key or `requiredGates` item)',
  ),
});

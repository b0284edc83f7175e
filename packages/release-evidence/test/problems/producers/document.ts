import { type ValidateOptions, validateDocument, validatePolicy } from '../../../src/contract/index.js';
import type { DOCUMENT_CODES } from '../../../src/problem/codes/document.js';
import { NOW, samples, withField } from '../../contract/helpers.js';
import { shiftMinutes } from '../../samples/index.js';
import type { Producer } from '../producer.js';

const s = samples();
const issues = (input: unknown, options?: ValidateOptions) => () => validateDocument(input, options).errors;
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A document whose `stage` throws when read: only an in-memory value can be this. */
function throwingDocument(): unknown {
  const doc = { ...s.source };
  Object.defineProperty(doc, 'stage', {
    enumerable: true,
    get: () => {
      throw new Error('unreadable');
    },
  });
  return doc;
}

/** For each document code, a call through the library or CLI that reports it. */
export const DOCUMENT_PRODUCERS: Record<keyof typeof DOCUMENT_CODES, Producer> = {
  'json-empty': issues(' \n'),
  'json-bom': issues('\ufeff{}'),
  'json-nul': issues('{"a":"\u0000"}'),
  'json-too-large': issues(json(s.source), { limits: { maxBytes: 100 } }),
  'json-too-deep': issues(`${'{"a":'.repeat(70)}1${'}'.repeat(70)}`),
  'json-syntax': issues('{\n  "kind": '),
  'json-not-object': issues('[]'),
  'duplicate-key': issues(json(s.source).replace('"stage":', '"stage": "source", "stage":')),
  'number-range': issues(json(s.source).replace('"runId": 4242', '"runId": 9007199254740993')),
  'invalid-unicode': issues(withField(s.source, ['checks', 1, 'detail'], 'half \ud800')),
  'unknown-field': issues(withField(s.source, ['extra'], 1)),
  required: issues(withField(s.source, ['producer'], undefined)),
  'invalid-type': () => [
    ...validateDocument(1).errors,
    ...validateDocument(withField(s.source, ['subject'], [])).errors,
  ],
  'invalid-format': issues(withField(s.source, ['id'], 'Not A Label')),
  'invalid-value': () => [
    ...validateDocument(throwingDocument()).errors,
    ...validateDocument(withField(s.source, ['stage'], 'qa')).errors,
  ],
  'out-of-range': issues(withField(s.canary, ['thresholds', 'minSuccessRate'], 1.01)),
  'invalid-length': issues(withField(s.candidate, ['origins'], [s.candidate.origins[0]])),
  'unknown-kind': issues(withField(s.source, ['kind'], 'release-notes')),
  'unexpected-kind': issues(s.source, { expectKind: 'release-candidate' }),
  'unsupported-contract': issues(withField(s.source, ['contract'], 'release-evidence/v2')),
  'duplicate-entry': issues(withField(s.source, ['checks', 2, 'name'], 'build')),
  'time-order': issues(withField(s.canary, ['window', 'endedAt'], shiftMinutes(NOW, 60))),
  'origin-required': issues(withField(s.staging, ['origin'], undefined)),
  'origin-unexpected': issues(withField(s.source, ['origin'], s.staging.origin)),
  'origin-environment': issues(withField(s.staging, ['origin', 'environment'], 'production')),
  'summary-mismatch': issues(withField(s.source, ['summary', 'passed'], 9)),
  'conclusion-mismatch': issues(withField(s.source, ['conclusion'], 'failure')),
  'not-rotated': issues(withField(s.rotation, ['secrets', 0, 'before'], { updatedAt: NOW })),
  'preflight-mismatch': issues(withField(s.rotation, ['preflight', 'status'], 'failed')),
  'runs-mismatch': issues(withField(s.canary, ['runs', 'timedOut'], 1)),
  'latency-order': issues(withField(s.canary, ['latencyMs', 'p50'], 2500)),
  'verdict-mismatch': issues(withField(s.canary, ['verdict'], 'fail')),
  'samples-mismatch': issues(withField(s.imageSafety, ['samples', 'safeAllowed'], 61)),
  'missing-decision-time': issues(withField(s.approval, ['approvals', 0, 'decidedAt'], undefined)),
  'expiry-before-decision': issues(
    withField(s.approval, ['approvals', 0, 'expiresAt'], s.approval.approvals[0]?.decidedAt),
  ),
  'traffic-percent': issues(withField(s.approval, ['approvals', 1, 'trafficPercent'], undefined)),
  'unknown-gate': () => validatePolicy(json({ requiredGates: ['no-such-gate'] })).errors,
};

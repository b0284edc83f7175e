// The readiness scenario table: each row mutates the passing baseline and states what readiness must say.
import { EARLIER, FAIL_MUTATIONS, LATER, REQUIRED, type Scenario } from './matrix.js';
import { addDeferral, addLeak, docOf, dropGate, GATE_SELECTORS, OTHER_SHA, replaceDoc, shiftTimes } from './support.js';

export const SCENARIOS: Scenario[] = [
  {
    name: 'baseline is ready and every gate passes',
    mutate: () => {},
    verdict: 'ready',
    gates: Object.fromEntries(Object.keys(GATE_SELECTORS).map((gate) => [gate, 'pass'])),
  },
  {
    name: 'source status older than seven days is stale',
    mutate: (set) => replaceDoc(set, docOf(set, 'source-known'), shiftTimes(docOf(set, 'source-known'), -24 * 8)),
    verdict: 'blocked',
    gates: { 'source-known': 'stale' },
    reasons: { 'source-known': 'too-old' },
  },
  {
    name: 'a document dated in the future is left out, and stale when none is left',
    mutate: (set) => replaceDoc(set, docOf(set, 'image-safety'), shiftTimes(docOf(set, 'image-safety'), 2)),
    verdict: 'blocked',
    gates: { 'image-safety': 'stale' },
    reasons: { 'image-safety': 'future-dated' },
  },
  {
    name: 'a document within the clock skew is accepted',
    mutate: (set) => {
      docOf(set, 'production-cutover').generatedAt = '2026-11-20T12:04:00Z';
    },
    verdict: 'ready',
    gates: { 'production-cutover': 'pass' },
  },
  {
    name: 'a future-dated newer document does not hide the current one',
    mutate: (set) => {
      const future = shiftTimes(docOf(set, 'source-known'), 30);
      future.id = 'source-ci-future';
      set.documents.push(future);
    },
    verdict: 'ready',
    gates: { 'source-known': 'pass' },
  },
  {
    name: 'rotation measured from the oldest after.updatedAt is stale after 90 days',
    mutate: (set) => {
      const receipt = docOf(set, 'secret-rotation');
      receipt.secrets[0].before.updatedAt = '2026-05-01T00:00:00Z';
      receipt.secrets[0].after.updatedAt = '2026-08-01T00:00:00Z';
    },
    verdict: 'blocked',
    gates: { 'secret-rotation': 'stale' },
  },
  {
    name: 'a canary window that ended more than 24 hours ago is stale even when the document is fresh',
    mutate: (set) => {
      docOf(set, 'provider-canary').window = { startedAt: '2026-11-18T10:00:00Z', endedAt: '2026-11-19T10:00:00Z' };
    },
    verdict: 'blocked',
    gates: { 'provider-canary': 'stale' },
  },
  {
    name: 'a mismatched branch',
    mutate: (set) => {
      docOf(set, 'provider-canary').subject.branch = 'release/next';
    },
    verdict: 'blocked',
    gates: { 'provider-canary': 'mismatch' },
    reasons: { 'provider-canary': 'subject-mismatch' },
  },
  {
    name: 'a mismatched repository',
    mutate: (set) => {
      docOf(set, 'image-safety').subject.repository = 'example-org/another-template';
    },
    verdict: 'blocked',
    gates: { 'image-safety': 'mismatch' },
  },
  {
    name: 'a mismatched commit next to a matching one is ignored',
    mutate: (set) => {
      const other = structuredClone(docOf(set, 'staging-runtime'));
      other.subject.commitSha = OTHER_SHA;
      other.generatedAt = '2026-11-20T11:59:00Z';
      set.documents.push(other);
    },
    verdict: 'ready',
    gates: { 'staging-runtime': 'pass' },
  },
  {
    name: "a staging origin other than the candidate's fails",
    mutate: (set) => FAIL_MUTATIONS['staging-runtime']?.(docOf(set, 'staging-runtime')),
    verdict: 'blocked',
    gates: { 'staging-runtime': 'fail' },
    reasons: { 'staging-runtime': 'origin-mismatch' },
  },
  {
    name: 'origins compare normalised: case, default port and trailing slash',
    mutate: (set) => {
      docOf(set, 'staging-runtime').origin.url = 'https://STAGING.example.com:443/';
    },
    verdict: 'ready',
    gates: { 'staging-runtime': 'pass' },
  },
  {
    name: "a production origin other than the candidate's fails production-cutover, which is optional",
    mutate: (set) => FAIL_MUTATIONS['production-cutover']?.(docOf(set, 'production-cutover')),
    verdict: 'ready',
    gates: { 'production-cutover': 'fail' },
  },
  {
    name: 'production-cutover made required by the candidate policy blocks when it fails',
    mutate: (set) => {
      set.candidate.policy = { requiredGates: ['production-cutover'] };
      FAIL_MUTATIONS['production-cutover']?.(docOf(set, 'production-cutover'));
    },
    verdict: 'blocked',
    gates: { 'production-cutover': 'fail' },
  },
  {
    name: 'production-cutover made required by the command-line policy blocks when missing',
    mutate: (set) => {
      set.policy = { requiredGates: ['production-cutover'] };
      dropGate(set, 'production-cutover');
    },
    verdict: 'blocked',
    gates: { 'production-cutover': 'missing' },
  },
  {
    name: 'newest wins: a newer failing source status replaces a passing one',
    mutate: (set) => {
      const newer = structuredClone(docOf(set, 'source-known'));
      newer.id = 'source-ci-rerun';
      newer.generatedAt = '2026-11-20T09:00:00Z';
      FAIL_MUTATIONS['source-known']?.(newer);
      set.documents.push(newer);
    },
    verdict: 'blocked',
    gates: { 'source-known': 'fail' },
    reasons: { 'source-known': 'conclusion-failure' },
  },
  {
    name: 'newest wins: an older failing source status is superseded',
    mutate: (set) => {
      const older = structuredClone(docOf(set, 'source-known'));
      older.id = 'source-ci-first';
      older.generatedAt = '2026-11-20T07:30:00Z';
      FAIL_MUTATIONS['source-known']?.(older);
      set.documents.push(older);
    },
    verdict: 'ready',
    gates: { 'source-known': 'pass' },
  },
  {
    name: 'a staging receipt does not supersede the production one',
    mutate: (set) => {
      const staging = structuredClone(docOf(set, 'secret-rotation'));
      staging.id = 'staging-secret-rotation';
      staging.environment = 'staging';
      staging.generatedAt = '2026-11-20T11:00:00Z';
      set.documents.push(staging);
    },
    verdict: 'ready',
    gates: { 'secret-rotation': 'pass' },
  },
  {
    name: 'only a staging resource inventory fails production-resources',
    mutate: (set) => {
      docOf(set, 'production-resources').environment = 'staging';
    },
    verdict: 'blocked',
    gates: { 'production-resources': 'fail' },
    reasons: { 'production-resources': 'wrong-environment' },
  },
  {
    name: 'an expected resource that is not listed fails',
    mutate: (set) => {
      set.candidate.expectedResources.push({ type: 'kv', label: 'sessions' });
    },
    verdict: 'blocked',
    gates: { 'production-resources': 'fail' },
    reasons: { 'production-resources': 'resource-not-listed' },
  },
  {
    name: 'an inconclusive canary does not pass',
    mutate: (set) => {
      const canary = docOf(set, 'provider-canary');
      canary.runs = { attempted: 5, succeeded: 5, failed: 0, timedOut: 0 };
      canary.verdict = 'inconclusive';
    },
    verdict: 'blocked',
    gates: { 'provider-canary': 'fail' },
    reasons: { 'provider-canary': 'verdict-inconclusive' },
  },
  {
    name: 'deferral applied to a missing gate',
    mutate: (set) => {
      dropGate(set, 'image-safety');
      addDeferral(set, 'image-safety', LATER, 'DEFER-7');
    },
    verdict: 'ready-with-deferrals',
    gates: { 'image-safety': ['deferred', 'missing'] },
    deferrals: { 'DEFER-7': 'applied' },
  },
  {
    name: 'deferral applied to a stale gate keeps stale as underlying',
    mutate: (set) => {
      replaceDoc(set, docOf(set, 'source-known'), shiftTimes(docOf(set, 'source-known'), -24 * 8));
      addDeferral(set, 'source-known', LATER);
    },
    verdict: 'ready-with-deferrals',
    gates: { 'source-known': ['deferred', 'stale'] },
    deferrals: { 'DEFER-1': 'applied' },
  },
  {
    name: 'an expired deferral has no effect',
    mutate: (set) => {
      dropGate(set, 'image-safety');
      addDeferral(set, 'image-safety', EARLIER);
    },
    verdict: 'blocked',
    gates: { 'image-safety': 'missing' },
    deferrals: { 'DEFER-1': 'expired' },
  },
  {
    name: 'a deferral for an unknown gate is reported and has no effect',
    mutate: (set) => addDeferral(set, 'no-such-gate', LATER),
    verdict: 'ready',
    deferrals: { 'DEFER-1': 'unknown-gate' },
  },
  {
    name: 'a deferral for a passing gate is unused',
    mutate: (set) => addDeferral(set, 'provider-canary', LATER),
    verdict: 'ready',
    gates: { 'provider-canary': 'pass' },
    deferrals: { 'DEFER-1': 'unused' },
  },
  {
    name: 'operator-approval cannot be deferred',
    mutate: (set) => {
      dropGate(set, 'operator-approval');
      addDeferral(set, 'operator-approval', LATER);
    },
    verdict: 'awaiting-operator',
    gates: { 'operator-approval': 'missing' },
    deferrals: { 'DEFER-1': 'not-allowed' },
  },
  {
    name: 'a deferral never turns invalid into deferred',
    mutate: (set) => {
      docOf(set, 'image-safety').verdict = 'fail';
      addDeferral(set, 'image-safety', LATER);
    },
    verdict: 'blocked',
    gates: { 'image-safety': 'invalid' },
    deferrals: { 'DEFER-1': 'unused' },
  },
  {
    name: 'an expired traffic approval',
    mutate: (set) => {
      const traffic = docOf(set, 'operator-approval').approvals[1];
      traffic.decidedAt = '2026-11-14T10:00:00Z';
      traffic.expiresAt = '2026-11-20T10:00:00Z';
    },
    verdict: 'awaiting-operator',
    gates: { 'operator-approval': 'fail' },
    reasons: { 'operator-approval': 'approval-expired' },
  },
  {
    name: 'a newer rejected traffic decision overrides the approval',
    mutate: (set) => {
      const approval = docOf(set, 'operator-approval');
      approval.approvals.push({ ...approval.approvals[1], decision: 'rejected', decidedAt: '2026-11-20T11:25:00Z' });
    },
    verdict: 'awaiting-operator',
    gates: { 'operator-approval': 'fail' },
    reasons: { 'operator-approval': 'approval-rejected' },
  },
  {
    name: 'a newer pending decision does not override the approval',
    mutate: (set) => {
      const approval = docOf(set, 'operator-approval');
      const { decidedAt: _decided, expiresAt: _expires, ...pending } = approval.approvals[1];
      approval.approvals.push({ ...pending, decision: 'pending' });
    },
    verdict: 'ready',
    gates: { 'operator-approval': 'pass' },
  },
  {
    name: 'approval without a resources decision fails',
    mutate: (set) => {
      const approval = docOf(set, 'operator-approval');
      approval.approvals = [approval.approvals[1]];
    },
    verdict: 'awaiting-operator',
    gates: { 'operator-approval': 'fail' },
    reasons: { 'operator-approval': 'approval-missing' },
  },
  {
    name: 'leaky evidence is invalid and blocks',
    mutate: (set) => {
      addLeak(docOf(set, 'staging-runtime'));
    },
    verdict: 'blocked',
    gates: { 'staging-runtime': 'invalid' },
    reasons: { 'staging-runtime': 'invalid-evidence' },
  },
  {
    name: 'inconsistent evidence (summary does not match the checks) is invalid',
    mutate: (set) => {
      docOf(set, 'source-known').summary.passed = 7;
    },
    verdict: 'blocked',
    gates: { 'source-known': 'invalid' },
  },
  {
    name: 'a leaky superseded document still blocks',
    mutate: (set) => {
      const older = structuredClone(docOf(set, 'source-known'));
      older.id = 'source-ci-first';
      older.generatedAt = '2026-11-20T07:30:00Z';
      addLeak(older);
      set.documents.push(older);
    },
    verdict: 'blocked',
    gates: { 'source-known': 'pass' },
  },
  {
    name: 'an input that is not a contract document at all blocks',
    mutate: (set) => {
      set.rawTexts.push('this is not json');
      set.rawTexts.push('{"kind":"something-else"}');
    },
    verdict: 'blocked',
    gates: Object.fromEntries(REQUIRED.map((gate) => [gate, 'pass'])),
  },
  {
    name: 'a candidate maxAge tightens a gate, and the command-line policy wins over it',
    mutate: (set) => {
      set.candidate.policy = { maxAge: { 'source-known': 'PT1H', 'image-safety': 'PT1H' } };
      set.policy = { maxAge: { 'image-safety': 'PT72H' } };
    },
    verdict: 'blocked',
    gates: { 'source-known': 'stale', 'image-safety': 'pass' },
  },
  {
    name: 'a wider clock skew accepts a document two hours ahead',
    mutate: (set) => {
      set.policy = { clockSkew: 'PT3H' };
      replaceDoc(set, docOf(set, 'image-safety'), shiftTimes(docOf(set, 'image-safety'), 2));
    },
    verdict: 'ready',
    gates: { 'image-safety': 'pass' },
  },
];

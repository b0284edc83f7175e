// Scenario rows for the §6 verdict changes of §11: each fails on the first edition's behaviour.
import { FAIL_MUTATIONS, type Scenario } from './matrix.js';
import { docOf, type EvidenceSet } from './support.js';

/** A release status of the baseline with every check skipped: consistent, `success`, and proving nothing. */
function skipAllChecks(set: EvidenceSet, gate: string): void {
  const doc = docOf(set, gate);
  for (const check of doc.checks) check.status = 'skipped';
  doc.summary = { passed: 0, failed: 0, skipped: doc.checks.length };
}

function approvals(set: EvidenceSet) {
  return docOf(set, 'operator-approval').approvals;
}

export const VERDICT_CHANGES: Scenario[] = [
  // Full precision (§6): nothing is cut to milliseconds before a comparison.
  {
    name: 'evidence 0.999 ms past its max age is stale (…26.445999Z is later than …26.445Z)',
    mutate: (set) => {
      set.now = '2026-11-20T18:51:26.445999Z';
      docOf(set, 'source-known').generatedAt = '2026-11-13T18:51:26.445Z';
    },
    verdict: 'blocked',
    gates: { 'source-known': 'stale' },
    reasons: { 'source-known': 'too-old' },
  },
  {
    name: 'evidence exactly at its max age, to the nanosecond, passes',
    mutate: (set) => {
      set.now = '2026-11-20T18:51:26.445999999Z';
      docOf(set, 'source-known').generatedAt = '2026-11-13T18:51:26.445999999Z';
    },
    verdict: 'ready',
    gates: { 'source-known': 'pass' },
  },
  {
    name: 'a document one microsecond past now + clock skew is future-dated',
    mutate: (set) => {
      docOf(set, 'source-known').generatedAt = '2026-11-20T12:05:00.000001Z';
    },
    verdict: 'blocked',
    gates: { 'source-known': 'stale' },
    reasons: { 'source-known': 'future-dated' },
  },
  {
    name: 'a deferral expiring one microsecond after now still applies',
    mutate: (set) => {
      set.documents = set.documents.filter((doc) => doc !== docOf(set, 'image-safety'));
      set.candidate.acceptedDeferrals = [
        {
          id: 'DEFER-3',
          gate: 'image-safety',
          reference: 'ops-review/deferrals#x',
          expiresAt: '2026-11-20T12:00:00.000001Z',
        },
      ];
    },
    verdict: 'ready-with-deferrals',
    gates: { 'image-safety': ['deferred', 'missing'] },
    deferrals: { 'DEFER-3': 'applied' },
  },
  {
    name: 'an approval decided 800 µs after a rejection in the same millisecond is the newest decision',
    mutate: (set) => {
      const [, traffic] = approvals(set);
      traffic.decidedAt = '2026-11-20T11:20:00.000900Z';
      approvals(set).push({ ...traffic, decision: 'rejected', decidedAt: '2026-11-20T11:20:00.000100Z' });
    },
    verdict: 'ready',
    gates: { 'operator-approval': 'pass' },
  },
  // operator-approval age: the oldest decidedAt of the two decisions used, not the document's generatedAt.
  {
    name: 'a fresh approval document whose decisions are eight days old is stale',
    mutate: (set) => {
      for (const entry of approvals(set)) {
        entry.decidedAt = '2026-11-12T10:00:00Z';
        entry.expiresAt = '2026-12-12T10:00:00Z';
      }
    },
    verdict: 'awaiting-operator',
    gates: { 'operator-approval': 'stale' },
    reasons: { 'operator-approval': 'too-old' },
  },
  {
    name: 'one of the two decisions used being older than seven days makes the approval stale',
    mutate: (set) => {
      const [resources] = approvals(set);
      resources.decidedAt = '2026-11-13T11:59:59.999999Z';
      resources.expiresAt = '2026-12-12T10:00:00Z';
    },
    verdict: 'awaiting-operator',
    gates: { 'operator-approval': 'stale' },
  },
  {
    name: 'an older, replaced decision does not age the approval',
    mutate: (set) => {
      const { expiresAt: _expires, ...resources } = approvals(set)[0];
      approvals(set).push({ ...resources, decision: 'rejected', decidedAt: '2026-11-01T10:00:00Z' });
    },
    verdict: 'ready',
    gates: { 'operator-approval': 'pass' },
  },
  // A traffic approval needs trafficPercent above 0.
  {
    name: 'a traffic approval for 0 percent does not approve',
    mutate: (set) => {
      approvals(set)[1].trafficPercent = 0;
    },
    verdict: 'awaiting-operator',
    gates: { 'operator-approval': 'fail' },
    reasons: { 'operator-approval': 'traffic-zero' },
  },
  {
    name: 'a traffic approval for a small share passes',
    mutate: (set) => {
      approvals(set)[1].trafficPercent = 0.5;
    },
    verdict: 'ready',
    gates: { 'operator-approval': 'pass' },
  },
  // Release-status gates need at least one passed check.
  {
    name: 'a source status whose checks were all skipped fails',
    mutate: (set) => skipAllChecks(set, 'source-known'),
    verdict: 'blocked',
    gates: { 'source-known': 'fail' },
    reasons: { 'source-known': 'no-passed-check' },
  },
  {
    name: 'a staging status whose checks were all skipped fails',
    mutate: (set) => skipAllChecks(set, 'staging-runtime'),
    verdict: 'blocked',
    gates: { 'staging-runtime': 'fail' },
    reasons: { 'staging-runtime': 'no-passed-check' },
  },
  {
    name: 'a required production cutover whose checks were all skipped fails',
    mutate: (set) => {
      set.candidate.policy = { requiredGates: ['production-cutover'] };
      skipAllChecks(set, 'production-cutover');
    },
    verdict: 'blocked',
    gates: { 'production-cutover': 'fail' },
    reasons: { 'production-cutover': 'no-passed-check' },
  },
  {
    name: 'one passed check next to skipped ones is enough',
    mutate: (set) => {
      skipAllChecks(set, 'source-known');
      const doc = docOf(set, 'source-known');
      doc.checks[0].status = 'passed';
      doc.summary = { passed: 1, failed: 0, skipped: doc.checks.length - 1 };
    },
    verdict: 'ready',
    gates: { 'source-known': 'pass' },
  },
  // Threshold floors (`threshold-below-floor`); there are no default floors.
  {
    name: 'a canary success rate below the candidate floor fails',
    mutate: (set) => {
      set.candidate.policy = { floors: { 'provider-canary': { minSuccessRate: 0.99 } } };
    },
    verdict: 'blocked',
    gates: { 'provider-canary': 'fail' },
    reasons: { 'provider-canary': 'threshold-below-floor' },
  },
  {
    name: 'a canary latency maximum above the floor fails',
    mutate: (set) => {
      set.policy = { floors: { 'provider-canary': { maxP95LatencyMs: 5000 } } };
    },
    verdict: 'blocked',
    gates: { 'provider-canary': 'fail' },
    reasons: { 'provider-canary': 'threshold-below-floor' },
  },
  {
    name: 'thresholds equal to their floors pass',
    mutate: (set) => {
      set.policy = {
        floors: {
          'provider-canary': { minRuns: 10, minSuccessRate: 0.95, maxP95LatencyMs: 8000 },
          'image-safety': { minSamples: 40, minUnsafeBlockedRate: 0.99, minSafeAllowedRate: 0.9 },
        },
      };
    },
    verdict: 'ready',
    gates: { 'provider-canary': 'pass', 'image-safety': 'pass' },
  },
  {
    name: 'an image-safety sample minimum below the floor fails',
    mutate: (set) => {
      set.policy = { floors: { 'image-safety': { minSamples: 50 } } };
    },
    verdict: 'blocked',
    gates: { 'image-safety': 'fail' },
    reasons: { 'image-safety': 'threshold-below-floor' },
  },
  {
    name: 'a failing canary below its floor lists both reasons',
    mutate: (set) => {
      FAIL_MUTATIONS['image-safety']?.(docOf(set, 'image-safety'));
      set.policy = { floors: { 'image-safety': { minSafeAllowedRate: 0.95 } } };
    },
    verdict: 'blocked',
    gates: { 'image-safety': 'fail' },
    reasons: { 'image-safety': 'threshold-below-floor' },
  },
  {
    name: "the command line's floor replaces the candidate's, threshold by threshold",
    mutate: (set) => {
      set.candidate.policy = { floors: { 'provider-canary': { minSuccessRate: 0.99, minRuns: 10 } } };
      set.policy = { floors: { 'provider-canary': { minSuccessRate: 0.9 } } };
    },
    verdict: 'ready',
    gates: { 'provider-canary': 'pass' },
  },
  // policy-weakened warnings: shown, verdict unchanged.
  {
    name: 'a maxAge longer than the default is a policy-weakened warning',
    mutate: (set) => {
      set.candidate.policy = { maxAge: { 'source-known': 'P30D', 'staging-runtime': 'P1D', 'image-safety': 'PT1H' } };
      docOf(set, 'image-safety').generatedAt = '2026-11-20T11:30:00Z';
    },
    verdict: 'ready',
    warnings: ['policy-weakened source-known'],
  },
  {
    name: 'a clock skew above PT5M and a longer command-line maxAge are both warned about',
    mutate: (set) => {
      set.policy = { clockSkew: 'PT1H', maxAge: { 'operator-approval': 'P8D' } };
    },
    verdict: 'ready',
    warnings: ['policy-weakened -', 'policy-weakened operator-approval'],
  },
  {
    name: 'a weakened policy does not change a blocked verdict',
    mutate: (set) => {
      set.policy = { clockSkew: 'PT10M' };
      FAIL_MUTATIONS['source-known']?.(docOf(set, 'source-known'));
    },
    verdict: 'blocked',
    gates: { 'source-known': 'fail' },
    warnings: ['policy-weakened -'],
  },
  {
    name: 'the default policy has no warnings',
    mutate: (set) => {
      set.policy = { clockSkew: 'PT5M', maxAge: { 'secret-rotation': 'P90D' } };
    },
    verdict: 'ready',
    warnings: [],
  },
];

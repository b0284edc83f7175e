import type { READINESS_CODES } from '../../../src/problem/codes/readiness.js';
import { FAIL_MUTATIONS } from '../../readiness/matrix.js';
import {
  addDeferral,
  addLeak,
  baseline,
  type Doc,
  docOf,
  dropGate,
  type EvidenceSet,
  evaluate,
  replaceDoc,
  shiftTimes,
} from '../../readiness/support.js';
import type { Producer } from '../producer.js';

/** Readiness on the shipped fixture after `mutate`: every gate reason and warning it reported. */
const readinessAfter =
  (mutate: (set: EvidenceSet) => void): Producer =>
  async () => {
    const set = baseline();
    mutate(set);
    const { problems } = await evaluate(set);
    return [...Object.values(problems.reasons).flat(), ...problems.warnings];
  };

/** The shipped fixture's document for `gate`, changed by `change`. */
const withDoc = (gate: string, change: (doc: Doc) => void) => readinessAfter((set) => change(docOf(set, gate)));
const failing = (gate: string) => withDoc(gate, (doc) => FAIL_MUTATIONS[gate]?.(doc));
const resourceStatus = (status: string) =>
  withDoc('production-resources', (doc) => {
    doc.resources[0].status = status;
  });
const shifted = (gate: string, hours: number) =>
  readinessAfter((set) => replaceDoc(set, docOf(set, gate), shiftTimes(docOf(set, gate), hours)));

/** For each readiness code, a call through the library or CLI that reports it. */
export const READINESS_PRODUCERS: Record<keyof typeof READINESS_CODES, Producer> = {
  'no-evidence': readinessAfter((set) => dropGate(set, 'image-safety')),
  'subject-mismatch': withDoc('provider-canary', (doc) => {
    doc.subject.branch = 'release/next';
  }),
  'future-dated': shifted('image-safety', 2),
  'invalid-evidence': withDoc('staging-runtime', (doc) => addLeak(doc)),
  'too-old': shifted('source-known', -24 * 8),
  'conclusion-failure': failing('source-known'),
  'no-passed-check': withDoc('source-known', (doc) => {
    for (const check of doc.checks) check.status = 'skipped';
    doc.summary = { passed: 0, failed: 0, skipped: doc.checks.length };
  }),
  'origin-mismatch': failing('staging-runtime'),
  'wrong-environment': withDoc('production-resources', (doc) => {
    doc.environment = 'staging';
  }),
  'preflight-not-passed': failing('secret-rotation'),
  'resource-not-listed': readinessAfter((set) => {
    set.candidate.expectedResources.push({ type: 'kv', label: 'sessions' });
  }),
  'resource-missing': resourceStatus('missing'),
  'resource-drifted': resourceStatus('drifted'),
  'resource-pending': resourceStatus('pending'),
  'approval-missing': withDoc('operator-approval', (doc) => {
    doc.approvals = [doc.approvals[1]];
  }),
  'approval-rejected': failing('operator-approval'),
  'approval-expired': withDoc('operator-approval', (doc) => {
    doc.approvals[1].decidedAt = '2026-11-14T10:00:00Z';
    doc.approvals[1].expiresAt = '2026-11-20T10:00:00Z';
  }),
  'traffic-zero': withDoc('operator-approval', (doc) => {
    doc.approvals[1].trafficPercent = 0;
  }),
  'verdict-fail': failing('provider-canary'),
  'verdict-inconclusive': withDoc('provider-canary', (doc) => {
    doc.runs = { attempted: 5, succeeded: 5, failed: 0, timedOut: 0 };
    doc.verdict = 'inconclusive';
  }),
  'threshold-below-floor': readinessAfter((set) => {
    set.policy = { floors: { 'provider-canary': { minSuccessRate: 0.99, maxP95LatencyMs: 1 } } };
  }),
  // Both shapes: a gate's maxAge (with `gate`) and the clock skew (without).
  'policy-weakened': readinessAfter((set) => {
    set.policy = { maxAge: { 'source-known': 'P30D' }, clockSkew: 'PT10M' };
  }),
  'deferral-expiring': readinessAfter((set) => {
    dropGate(set, 'image-safety');
    addDeferral(set, 'image-safety', '2026-11-23T12:00:00Z');
  }),
};

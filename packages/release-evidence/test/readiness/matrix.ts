// The readiness status matrix: every status of every gate, built from one mutation per status.
import {
  addDeferral,
  addLeak,
  type Doc,
  docOf,
  dropGate,
  type EvidenceSet,
  GATE_SELECTORS,
  OTHER_SHA,
  replaceDoc,
  shiftTimes,
} from './support.js';

export interface Scenario {
  readonly name: string;
  readonly mutate: (set: EvidenceSet) => void;
  readonly verdict: string;
  /** Expected status per gate (only the gates named); `[status, underlying]` for deferred gates. */
  readonly gates?: Record<string, string | [string, string]>;
  readonly deferrals?: Record<string, string>;
  /** Reason codes expected on a gate. */
  readonly reasons?: Record<string, string>;
  /** The exact warnings, as `code gate` (`-` for none); `[]` means readiness has no `warnings` member. */
  readonly warnings?: readonly string[];
}

export const LATER = '2026-12-31T00:00:00Z';
export const EARLIER = '2026-11-19T00:00:00Z';
export const REQUIRED = [
  'source-known',
  'staging-runtime',
  'secret-rotation',
  'production-resources',
  'provider-canary',
  'image-safety',
];

/** A mutation per gate that makes its document valid but failing (§6 "passes when"). */
export const FAIL_MUTATIONS: Record<string, (doc: Doc) => void> = {
  'source-known': (doc) => {
    doc.checks[0].status = 'failed';
    doc.summary = { passed: doc.summary.passed - 1, failed: 1, skipped: 0 };
    doc.conclusion = 'failure';
  },
  'staging-runtime': (doc) => {
    doc.origin.url = 'https://staging-other.example.com';
  },
  'secret-rotation': (doc) => {
    doc.secrets[0].preflight = 'failed';
    doc.preflight.status = 'failed';
  },
  'production-resources': (doc) => {
    doc.resources[0].status = 'drifted';
  },
  'operator-approval': (doc) => {
    doc.approvals[1].decision = 'rejected';
  },
  'provider-canary': (doc) => {
    doc.runs = { attempted: 20, succeeded: 10, failed: 10, timedOut: 0 };
    doc.verdict = 'fail';
  },
  'image-safety': (doc) => {
    doc.samples.safeAllowed = 10;
    doc.verdict = 'fail';
  },
  'production-cutover': (doc) => {
    doc.origin.url = 'https://www.example.com';
  },
};

const STATUS_MUTATIONS: Record<string, (set: EvidenceSet, gate: string) => void> = {
  pass: () => {},
  fail: (set, gate) => FAIL_MUTATIONS[gate]?.(docOf(set, gate)),
  // Dated after now + clock skew: nothing current is left (§6 step 3).
  stale: (set, gate) => {
    const doc = docOf(set, gate);
    replaceDoc(set, doc, shiftTimes(doc, 48));
  },
  mismatch: (set, gate) => {
    docOf(set, gate).subject.commitSha = OTHER_SHA;
  },
  missing: (set, gate) => dropGate(set, gate),
  invalid: (set, gate) => {
    addLeak(docOf(set, gate));
  },
  deferred: (set, gate) => {
    dropGate(set, gate);
    addDeferral(set, gate, LATER);
  },
};

function expectedVerdict(gate: string, status: string): string {
  if (status === 'invalid') return 'blocked';
  // production-cutover is optional by default, so its status alone never changes the verdict.
  if (status === 'pass' || gate === 'production-cutover') return 'ready';
  if (gate === 'operator-approval') return 'awaiting-operator';
  return status === 'deferred' ? 'ready-with-deferrals' : 'blocked';
}

/** Every status of every gate; operator-approval cannot be deferred, so that pair expects its own rows below. */
export const MATRIX: Scenario[] = Object.keys(GATE_SELECTORS).flatMap((gate) =>
  Object.keys(STATUS_MUTATIONS)
    .filter((status) => !(gate === 'operator-approval' && status === 'deferred'))
    .map((status) => ({
      name: `${gate} ${status}`,
      mutate: (set: EvidenceSet) => STATUS_MUTATIONS[status]?.(set, gate),
      verdict: expectedVerdict(gate, status),
      gates: { [gate]: status === 'deferred' ? ['deferred', 'missing'] : status },
    })),
);

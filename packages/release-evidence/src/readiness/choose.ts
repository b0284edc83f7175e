import type { Subject } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import { type Problem, problem } from '../problem/index.js';
import { subjectMatches } from './envelope.js';
import type { GateSpec } from './gates/index.js';
import { type CheckedInput, refOf } from './inputs.js';
import { compareInstants, type Instant } from './time.js';

/** The outcome of §6 "choosing the document for a gate", before the chosen document's own status. */
export type Choice =
  | {
      readonly outcome: 'missing' | 'mismatch' | 'future';
      readonly reasons: Problem[];
      readonly superseded: readonly CheckedInput[];
    }
  | { readonly outcome: 'chosen'; readonly chosen: CheckedInput; readonly superseded: readonly CheckedInput[] };

const SUBJECT_FIELDS = ['repository', 'branch', 'commitSha'] as const;

export function chooseDocument(
  spec: GateSpec,
  inputs: readonly CheckedInput[],
  subject: Subject,
  latestAccepted: Instant,
): Choice {
  const ofGate = inputs.filter((input) => servesKind(spec, input));
  if (ofGate.length === 0) {
    return {
      outcome: 'missing',
      reasons: [problem('no-evidence', { gate: spec.id })],
      superseded: [],
    };
  }
  const matched = ofGate.filter((input) => subjectMatches(input.envelope.subject, subject));
  if (matched.length === 0) {
    return {
      outcome: 'mismatch',
      reasons: uniqueMismatches(ofGate.map((input) => mismatchReason(input, subject))),
      superseded: [],
    };
  }
  // A document dated after now + clock skew cannot have been observed yet; a missing date is left to `invalid`.
  const current = matched.filter((input) => !(compareInstants(input.generatedAt, latestAccepted) > 0));
  if (current.length === 0) {
    const reasons = [problem('future-dated', { gate: spec.id })];
    return { outcome: 'future', reasons, superseded: matched };
  }
  const serving = spec.environment ? current.filter((input) => environmentOf(input) === spec.environment) : current;
  const pool = serving.length > 0 ? serving : current;
  const chosen = pool.reduce(newer);
  return { outcome: 'chosen', chosen, superseded: matched.filter((input) => input !== chosen) };
}

export function servesKind(spec: GateSpec, input: CheckedInput): boolean {
  return input.envelope.kind === spec.kind && (spec.stage === undefined || input.envelope.stage === spec.stage);
}

/**
 * Newest by `generatedAt` to the nanosecond (§6), ties broken by the larger digest; an undated document is the oldest.
 */
function newer(a: CheckedInput, b: CheckedInput): CheckedInput {
  const order = compareInstants(datedOrOldest(a), datedOrOldest(b));
  if (order !== 0) return order > 0 ? a : b;
  return compareText(a.digest, b.digest) >= 0 ? a : b;
}

/** Older than any date, and equal to itself (an infinity would not be: −∞ − −∞ is NaN). */
const UNDATED: Instant = { ms: -Number.MAX_VALUE, ns: 0 };

function datedOrOldest(input: CheckedInput): Instant {
  return Number.isNaN(input.generatedAt.ms) ? UNDATED : input.generatedAt;
}

function environmentOf(input: CheckedInput): unknown {
  const value = input.value as { environment?: unknown } | undefined;
  return value?.environment;
}

function mismatchReason(input: CheckedInput, subject: Subject): Problem {
  const differs = SUBJECT_FIELDS.filter((field) => input.envelope.subject?.[field] !== subject[field]);
  const { kind, id } = refOf(input);
  return problem('subject-mismatch', { kind, id, differs });
}

/**
 * Each once, since many copies of one mismatched document say nothing new, in the first edition's order: by
 * `<id>: <fields>` (every document here has the gate's kind), so `status-10` still comes before `status-1`.
 */
function uniqueMismatches(reasons: readonly Problem[]): Problem[] {
  const keyOf = ({ args }: Problem) => `${String(args.id)}: ${(args.differs as readonly string[]).join(', ')}`;
  const byKey = new Map(reasons.map((entry) => [keyOf(entry), entry]));
  return [...byKey.keys()].sort(compareText).map((key) => byKey.get(key) as Problem);
}

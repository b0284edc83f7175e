import { APPROVAL_SCOPES, type GateStatus, type Remedy, SUBJECT_FIELDS } from '../contract/index.js';
import { GATES, type GateSpec } from './gates.js';
import { type CheckedInput, compareText, REDACTED_ID } from './inputs.js';
import type { JudgeInputs } from './judge.js';
import type { GateResult } from './status.js';
import { durationMs, instantOf } from './time.js';
import { timestampOf } from './valid-until.js';
import { type EvidenceView, subjectMatches } from './views.js';

/** The codes of an input's problems, for `fix-invalid-input`; never the values behind them. */
export interface InputProblems {
  readonly codes: readonly string[];
  readonly findings: readonly string[];
}

export interface RemedyContext extends JudgeInputs {
  readonly nowMs: number;
  /** Problem codes by input digest. */
  readonly problems: ReadonlyMap<string, InputProblems>;
}

/** How long a suggested deferral lasts: past the 7-day `deferral-expiring` window, so pasting it raises no warning. */
const SUGGESTED_DEFERRAL_MS = 14 * 24 * 3_600_000;
/** Mismatched documents named in `match-subject`; the rest are counted in `more`. */
const MAX_FOUND = 5;
const DEFERRAL_PREFIX = 'DEFER-';
const DEFERRABLE: readonly GateStatus[] = ['missing', 'fail', 'stale', 'mismatch'];

/** A remedy for every gate that is not `pass` (§7); a deferred gate gets the remedy of its underlying status. */
export function withRemedies(gates: readonly GateResult[], context: RemedyContext): GateResult[] {
  let nextDeferral = firstFreeDeferralNumber(context);
  return gates.map((gate, index) => {
    const spec = GATES[index] as GateSpec;
    if (gate.status === 'pass') return gate;
    const status = gate.status === 'deferred' ? (gate.underlying ?? 'missing') : gate.status;
    const remedy = remedyFor(spec, gate, status, context);
    if (gate.status !== 'deferred' && !spec.alwaysRequired && DEFERRABLE.includes(status)) {
      const entry = suggestedDeferral(spec, context, nextDeferral++);
      remedy.args = { ...remedy.args, alternative: { code: 'add-deferral', args: { entry } } };
    }
    return { ...gate, remedy };
  });
}

function remedyFor(spec: GateSpec, gate: GateResult, status: GateStatus, context: RemedyContext): Remedy {
  const command = context.candidate.remedies?.[spec.gate];
  const common = { gate: spec.gate, ...(command === undefined ? {} : { command }) };
  const chosen = chosenInput(gate, context, GATES.indexOf(spec));
  if (status === 'invalid') {
    const problems = context.problems.get(gate.evidence?.digest ?? '');
    return {
      code: 'fix-invalid-input',
      args: {
        ...common,
        kind: spec.kind,
        id: gate.evidence?.id ?? REDACTED_ID,
        codes: [...(problems?.codes ?? [])],
        findings: [...(problems?.findings ?? [])],
      },
    };
  }
  if (status === 'mismatch') return matchSubject(spec, common, context);
  if (spec.gate === 'operator-approval') {
    const scopes = status === 'fail' && chosen ? unapprovedScopes(chosen.value as EvidenceView, context.nowMs) : [];
    return { code: 'record-approval', args: { ...common, scopes: scopes.length > 0 ? scopes : [...APPROVAL_SCOPES] } };
  }
  const newerThan = timestampOf(context.nowMs - durationMs(context.policy.maxAge[spec.gate]));
  const because = [...new Set(gate.reasons.map((reason) => reason.code))].sort(compareText);
  return {
    code: 'collect-fresh-evidence',
    args: {
      ...common,
      class: spec.class,
      kind: spec.kind,
      ...(spec.stage === undefined ? {} : { stage: spec.stage }),
      ...(spec.environment === undefined ? {} : { environment: spec.environment }),
      newerThan,
      because,
    },
  };
}

function chosenInput(gate: GateResult, context: RemedyContext, index: number): CheckedInput | undefined {
  const digest = gate.evidence?.digest;
  return digest === undefined ? undefined : context.byGate[index]?.find((input) => input.digest === digest);
}

/** Scopes whose newest decision is not an approval still in force (ties: any non-approval counts). */
function unapprovedScopes(doc: EvidenceView, nowMs: number): (typeof APPROVAL_SCOPES)[number][] {
  return APPROVAL_SCOPES.filter((scope) => {
    const decided = (doc.approvals ?? []).filter((entry) => entry.scope === scope && entry.decision !== 'pending');
    const newestMs = Math.max(...decided.map((entry) => instantOf(entry.decidedAt)));
    const newest = decided.filter((entry) => instantOf(entry.decidedAt) === newestMs);
    const inForce = (entry: (typeof decided)[number]) =>
      entry.decision === 'approved' && !(entry.expiresAt !== undefined && instantOf(entry.expiresAt) <= nowMs);
    return newest.length === 0 || !newest.every(inForce);
  });
}

function matchSubject(spec: GateSpec, common: Remedy['args'], context: RemedyContext): Remedy {
  const { repository, branch, commitSha } = context.candidate.subject;
  const others = (context.byGate[GATES.indexOf(spec)] ?? []).filter(
    (input) => !subjectMatches(input.envelope.subject, context.candidate.subject),
  );
  const found = others.slice(0, MAX_FOUND).map((input) => foundSubject(spec, input, context));
  const more = others.length - found.length;
  return {
    code: 'match-subject',
    args: { ...common, expected: { repository, branch, commitSha }, found, ...(more > 0 ? { more } : {}) },
  };
}

/** Which subject fields differ; their values only when the document is valid, so privacy-clean and well-formed. */
function foundSubject(spec: GateSpec, input: CheckedInput, context: RemedyContext) {
  const subject = input.envelope.subject ?? {};
  const fields = SUBJECT_FIELDS.filter((field) => subject[field] !== context.candidate.subject[field]);
  const values = input.valid ? Object.fromEntries(fields.map((field) => [field, subject[field] as string])) : {};
  return { kind: spec.kind, id: input.id ?? REDACTED_ID, fields, ...values };
}

function suggestedDeferral(spec: GateSpec, context: RemedyContext, number: number) {
  return {
    id: `${DEFERRAL_PREFIX}${number}`,
    gate: spec.gate,
    reference: `ops-review/${context.candidate.milestone.id}#defer-${spec.gate}`,
    expiresAt: timestampOf(context.nowMs + SUGGESTED_DEFERRAL_MS),
  };
}

/** One past the largest `DEFER-<n>` the candidate already uses, so a pasted entry never repeats an id. */
function firstFreeDeferralNumber(context: RemedyContext): number {
  const used = context.candidate.acceptedDeferrals
    .filter((deferral) => deferral.id.startsWith(DEFERRAL_PREFIX))
    .map((deferral) => Number(deferral.id.slice(DEFERRAL_PREFIX.length)));
  return Math.max(0, ...used) + 1;
}

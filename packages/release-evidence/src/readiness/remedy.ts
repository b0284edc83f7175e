import { APPROVAL_SCOPES, type GateStatus, type ReleaseReadiness, SUBJECT_FIELDS } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import { subjectMatches } from './envelope.js';
import { scopeFailures } from './gates/approvals.js';
import { GATES, type GateSpec } from './gates/index.js';
import { type CheckedInput, evidenceOf, REDACTED_ID } from './inputs.js';
import type { JudgeInputs } from './judge.js';
import type { JudgedGate } from './status.js';
import { addMilliseconds, durationMs, type Instant } from './time.js';
import { timestampOf } from './valid-until.js';

/** `{ code, args }`; args are flat (a scalar or a list of scalars each), so every report renders them the same way. */
export type Remedy = NonNullable<ReleaseReadiness['gates'][number]['remedy']>;

/** The codes of an input's problems, for `fix-invalid-input`; never the values behind them. */
export interface InputProblems {
  readonly codes: readonly string[];
  readonly findings: readonly string[];
}

export interface RemedyContext extends JudgeInputs {
  readonly now: Instant;
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
export function withRemedies(gates: readonly JudgedGate[], context: RemedyContext): JudgedGate[] {
  let nextDeferral = firstFreeDeferralNumber(context);
  return gates.map((gate, index) => {
    const spec = GATES[index] as GateSpec;
    if (gate.status === 'pass') return gate;
    const status = gate.status === 'deferred' ? (gate.underlying ?? 'missing') : gate.status;
    const remedy = remedyFor(spec, gate, status, context);
    if (gate.status !== 'deferred' && spec.required !== 'always' && DEFERRABLE.includes(status)) {
      remedy.args = { ...remedy.args, ...deferralArgs(spec, context, nextDeferral++) };
    }
    return { ...gate, remedy };
  });
}

function remedyFor(spec: GateSpec, gate: JudgedGate, status: GateStatus, context: RemedyContext): Remedy {
  const command = context.candidate.remedies?.[spec.id];
  const common = { gate: spec.id, ...(command === undefined ? {} : { command }) };
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
  if (spec.id === 'operator-approval') {
    const doc = status === 'fail' && chosen ? evidenceOf(chosen) : undefined;
    const failing = doc?.kind === 'operator-assisted-production' ? scopeFailures(doc, context) : [];
    const scopes = APPROVAL_SCOPES.filter((scope) => failing.some((failure) => failure.scope === scope));
    return { code: 'record-approval', args: { ...common, scopes: scopes.length > 0 ? scopes : [...APPROVAL_SCOPES] } };
  }
  const newerThan = timestampOf(addMilliseconds(context.now, -durationMs(context.policy.maxAge[spec.id])));
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

function chosenInput(gate: JudgedGate, context: RemedyContext, index: number): CheckedInput | undefined {
  const digest = gate.evidence?.digest;
  return digest === undefined ? undefined : context.byGate[index]?.find((input) => input.digest === digest);
}

function matchSubject(spec: GateSpec, common: Remedy['args'], context: RemedyContext): Remedy {
  const expected = context.candidate.subject;
  const others = (context.byGate[GATES.indexOf(spec)] ?? []).filter(
    (input) => !subjectMatches(input.envelope.subject, expected),
  );
  const named = others.slice(0, MAX_FOUND);
  const differs = SUBJECT_FIELDS.filter((field) =>
    others.some((input) => input.envelope.subject?.[field] !== expected[field]),
  );
  // Values found are repeated only from valid documents: those are well-formed and privacy-clean.
  const foundValues = Object.fromEntries(
    differs.map((field) => {
      const values = named.filter((input) => input.valid).map((input) => input.envelope.subject?.[field]);
      const differing = values.filter(
        (value): value is string => typeof value === 'string' && value !== expected[field],
      );
      return [`found${field[0]?.toUpperCase()}${field.slice(1)}`, [...new Set(differing)].sort(compareText)];
    }),
  );
  const more = others.length - named.length;
  return {
    code: 'match-subject',
    args: {
      ...common,
      expectedRepository: expected.repository,
      expectedBranch: expected.branch,
      expectedCommitSha: expected.commitSha,
      differs,
      foundKind: spec.kind,
      foundIds: named.map((input) => input.id ?? REDACTED_ID),
      ...foundValues,
      ...(more > 0 ? { more } : {}),
    },
  };
}

/** A ready-to-paste `acceptedDeferrals` entry, offered as the `add-deferral` alternative. */
function deferralArgs(spec: GateSpec, context: RemedyContext, number: number): Remedy['args'] {
  return {
    alternative: 'add-deferral',
    deferralId: `${DEFERRAL_PREFIX}${number}`,
    deferralReference: `ops-review/${context.candidate.milestone.id}#defer-${spec.id}`,
    deferralExpiresAt: timestampOf(addMilliseconds(context.now, SUGGESTED_DEFERRAL_MS)),
  };
}

/** One past the largest `DEFER-<n>` the candidate already uses, so a pasted entry never repeats an id. */
function firstFreeDeferralNumber(context: RemedyContext): number {
  const used = context.candidate.acceptedDeferrals
    .filter((deferral) => deferral.id.startsWith(DEFERRAL_PREFIX))
    .map((deferral) => Number(deferral.id.slice(DEFERRAL_PREFIX.length)));
  return Math.max(0, ...used) + 1;
}

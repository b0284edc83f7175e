// The `release-readiness` document (§7), built from what readiness judged.
import {
  CONTRACT,
  derivedId,
  GATE_STATUSES,
  type GateId,
  type GateStatus,
  isGateId,
  type ReleaseCandidate,
  type ReleaseReadiness,
} from '../contract/index.js';
import { compareText } from '../json/compare.js';
import { type Problem, renderProblem } from '../problem/index.js';
import type { EffectivePolicy } from './effective-policy.js';
import { type CheckedInput, UNKNOWN_KIND } from './inputs.js';
import type { Judgement } from './judge.js';
import type { OperatorView } from './operator-view.js';
import type { GateResult, JudgedGate } from './status.js';

type InputEntry = ReleaseReadiness['inputs'][number];
type Warning = NonNullable<ReleaseReadiness['warnings']>[number];

export interface Judged {
  readonly candidate: ReleaseCandidate;
  readonly now: string;
  readonly policy: EffectivePolicy;
  readonly inputs: readonly CheckedInput[];
  readonly judgement: Judgement;
  readonly view: OperatorView;
  /** `policy-weakened` and `deferral-expiring`. */
  readonly warnings: readonly Problem[];
}

/** What the document's `reasons` and `warnings` were before they were rendered. */
export interface ReadinessProblems {
  /** Each gate's reasons, by gate. */
  readonly reasons: Readonly<Record<GateId, readonly Problem[]>>;
  readonly warnings: readonly Problem[];
}

/**
 * The one place readiness renders English: §7 puts a `message` beside each reason and warning code inside the
 * document, and packets digest it. Everything before this carries problems (`{ code, args }`).
 */
export function readinessDocument(judged: Judged): { readiness: ReleaseReadiness; problems: ReadinessProblems } {
  const { candidate, now, policy, view } = judged;
  const gates = view.gates.map(renderGate);
  const sorted = [...judged.warnings].map((problem) => ({ problem, warning: renderWarning(problem) })).sort(byWarning);
  const warnings = sorted.map((entry) => entry.warning);
  const readiness: ReleaseReadiness = {
    contract: CONTRACT,
    kind: 'release-readiness',
    id: derivedId('readiness', candidate.id),
    generatedAt: now,
    subject: candidate.subject,
    milestone: { id: candidate.milestone.id },
    origins: candidate.origins,
    now,
    policy: policyEntry(policy),
    verdict: judged.judgement.verdict,
    gates,
    deferrals: judged.judgement.deferrals,
    inputs: judged.inputs.map(inputEntry).sort(compareEntries),
    summary: summarise(gates),
    // Absent when empty, so a readiness with nothing to warn about keeps the first edition's bytes (§7: additive).
    ...(warnings.length > 0 ? { warnings } : {}),
    ...view.additions,
  };
  const reasons = Object.fromEntries(
    view.gates.map((gate) => [gate.gate, gate.reasons]),
  ) as ReadinessProblems['reasons'];
  return { readiness, problems: { reasons, warnings: sorted.map((entry) => entry.problem) } };
}

function renderGate(gate: JudgedGate): GateResult {
  return { ...gate, reasons: gate.reasons.map((reason) => ({ code: reason.code, message: renderProblem(reason) })) };
}

/** A warning names its gate when its problem has one. */
function renderWarning(warning: Problem): Warning {
  const gate = warning.args.gate;
  return {
    code: warning.code,
    ...(isGateId(gate) ? { gate } : {}),
    message: renderProblem(warning),
  };
}

/** By code, gate and message, so whoever adds a warning, the bytes stay deterministic. */
function byWarning({ warning: a }: { warning: Warning }, { warning: b }: { warning: Warning }): number {
  return compareText(a.code, b.code) || compareText(a.gate ?? '', b.gate ?? '') || compareText(a.message, b.message);
}

/** The effective policy as written into readiness; `floors` only when the policy sets any. */
function policyEntry(policy: EffectivePolicy): ReleaseReadiness['policy'] {
  const entry = { maxAge: { ...policy.maxAge }, clockSkew: policy.clockSkew, requiredGates: [...policy.requiredGates] };
  return Object.keys(policy.floors).length > 0 ? { ...entry, floors: policy.floors } : entry;
}

function inputEntry(input: CheckedInput): InputEntry {
  const named = input.id === undefined ? {} : { id: input.id };
  return {
    kind: input.kind ?? UNKNOWN_KIND,
    ...named,
    digest: input.digest,
    valid: input.valid,
    findings: input.findings,
  };
}

function compareEntries(a: InputEntry, b: InputEntry): number {
  return (
    compareText(a.kind, b.kind) ||
    compareText(a.id ?? '', b.id ?? '') ||
    compareText(a.digest, b.digest) ||
    Number(a.valid) - Number(b.valid) ||
    a.findings - b.findings
  );
}

function summarise(gates: readonly GateResult[]): Record<GateStatus, number> {
  const summary = Object.fromEntries(GATE_STATUSES.map((status) => [status, 0])) as Record<GateStatus, number>;
  for (const gate of gates) summary[gate.status] += 1;
  return summary;
}

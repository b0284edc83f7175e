import { CONTRACT, derivedId, GATE_STATUSES, type GateStatus, type ReleaseReadiness } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import { type CheckOptions, checkDocument, type DocumentCheck } from '../privacy/index.js';
import {
  type CheckedDocument,
  type CheckedInput,
  checkedInput,
  type InputDocument,
  inputDigest,
  UNKNOWN_KIND,
} from './inputs.js';
import { inputsByGate, type JudgeInputs, judgeAt } from './judge.js';
import { operatorView, problemsByDigest } from './operator-view.js';
import { type EffectivePolicy, effectivePolicy } from './effective-policy.js';
import type { GateResult } from './status.js';
import { durationMs, exactInstantOf } from './time.js';
import type { Policy, ReleaseCandidate } from './views.js';
import { policyWarnings, sortWarnings } from './warnings.js';

export interface ReadinessRequest {
  /** A release candidate that already passed `checkDocument`. */
  readonly candidate: ReleaseCandidate;
  readonly documents: readonly InputDocument[];
  /** The command line's `--policy`, applied over the candidate's own. */
  readonly policy?: Policy;
  /** The instant readiness is judged at; a contract timestamp. */
  readonly now: string;
}

type InputEntry = ReleaseReadiness['inputs'][number];

export interface ReadinessOutcome {
  readonly readiness: ReleaseReadiness;
  /** One check per input document, in input order, so callers can name the files they came from. */
  readonly checks: DocumentCheck[];
  /** The digest of each input document, in input order (§7: its canonical form, or its text when not JSON). */
  readonly digests: string[];
}

/** §6 readiness: a pure function of (candidate, documents, effective policy, now). */
export async function evaluateReadiness(request: ReadinessRequest): Promise<ReadinessOutcome> {
  const { candidate, now } = request;
  const nowInstant = exactInstantOf(now);
  if (Number.isNaN(nowInstant.ms)) throw new TypeError('now is not a contract timestamp');
  const policy = effectivePolicy(candidate.policy, request.policy);
  const checkOptions = inputCheckOptions(candidate, request.policy);
  const checks = request.documents.map(
    (document) => document.checked?.check ?? checkDocument(document.text ?? document.value, checkOptions),
  );
  // Digests are independent, so they are awaited together. They start after every check (measured: interleaving
  // them with the checks is slower), and the order of `inputs` still follows `documents`.
  const digests = await Promise.all(
    request.documents.map(
      (document, index) => document.checked?.digest ?? inputDigest(document, checks[index] as DocumentCheck),
    ),
  );
  const inputs = request.documents.map((document, index) =>
    checkedInput(document, checks[index] as DocumentCheck, digests[index] as string),
  );
  const judged: JudgeInputs = {
    candidate,
    policy,
    byGate: inputsByGate(inputs),
    anyInvalidInput: inputs.some((input) => !input.valid),
  };
  const judgement = judgeAt(judged, nowInstant);
  const { verdict, deferrals } = judgement;
  const view = operatorView(judged, judgement, nowInstant, problemsByDigest(checks, digests));
  const gates = view.gates;
  const warnings = sortWarnings([...policyWarnings(policy), ...view.warnings]);
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
    verdict,
    gates,
    deferrals,
    inputs: inputs.map(inputEntry).sort(compareEntries),
    summary: summarise(gates),
    // Absent when empty, so a readiness with nothing to warn about keeps the first edition's bytes (§7: additive).
    ...(warnings.length > 0 ? { warnings } : {}),
    ...view.additions,
  };
  return { readiness, checks, digests: digests as string[] };
}

/** The options every input of this candidate and policy is checked with (its clock skew). */
export function inputCheckOptions(candidate: Pick<ReleaseCandidate, 'policy'>, policy?: Policy): CheckOptions {
  return { clockSkewMs: durationMs(effectivePolicy(candidate.policy, policy).clockSkew) };
}

/** One input's check and digest, as `evaluateReadiness` makes them; a caller may make them elsewhere (`checked`). */
export async function checkInput(document: InputDocument, options: CheckOptions): Promise<CheckedDocument> {
  const check = checkDocument(document.text ?? document.value, options);
  return { check, digest: await inputDigest(document, check) };
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

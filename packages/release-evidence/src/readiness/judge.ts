import type { ReadinessVerdict, ReleaseCandidate } from '../contract/index.js';
import { chooseDocument, servesKind } from './choose.js';
import { applyDeferrals, type DeferralResult } from './deferrals.js';
import type { EffectivePolicy } from './effective-policy.js';
import { GATES } from './gates/index.js';
import type { CheckedInput } from './inputs.js';
import { gateResult, type JudgedGate } from './status.js';
import { addMilliseconds, durationMs, type Instant } from './time.js';
import { verdictOf } from './verdict.js';

/** What readiness judges with, apart from `now`: fixed for one evaluation, so it can be judged at other instants. */
export interface JudgeInputs {
  readonly candidate: ReleaseCandidate;
  readonly policy: EffectivePolicy;
  /** The inputs each gate could choose from, gate by gate in GATES order (see `inputsByGate`). */
  readonly byGate: readonly (readonly CheckedInput[])[];
  readonly anyInvalidInput: boolean;
}

export interface Judgement {
  readonly gates: JudgedGate[];
  readonly deferrals: DeferralResult[];
  readonly verdict: ReadinessVerdict;
}

/** Each gate's documents by kind and stage; `chooseDocument` narrows them further by subject and date. */
export function inputsByGate(inputs: readonly CheckedInput[]): CheckedInput[][] {
  return GATES.map((spec) => inputs.filter((input) => servesKind(spec, input)));
}

/** §6 steps 1–6 and the verdict at one instant. Pure, so `validUntil` can ask the same question at later instants. */
export function judgeAt(inputs: JudgeInputs, now: Instant): Judgement {
  const { candidate, policy } = inputs;
  const latestAccepted = addMilliseconds(now, durationMs(policy.clockSkew));
  const context = { candidate, now, floors: policy.floors };
  const evaluated = GATES.map((spec, index) => {
    const choice = chooseDocument(spec, inputs.byGate[index] ?? [], candidate.subject, latestAccepted);
    return gateResult(spec, choice, policy.maxAge[spec.id], policy.requiredGates.includes(spec.id), context);
  });
  const { gates, deferrals } = applyDeferrals(evaluated, candidate.acceptedDeferrals, now);
  return { gates, deferrals, verdict: verdictOf(gates, inputs.anyInvalidInput) };
}

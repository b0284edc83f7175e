import { GATES, type GateSpec } from './gates.js';
import type { CheckedInput } from './inputs.js';
import { type JudgeInputs, type Judgement, judgeAt } from './judge.js';
import { measuredFromOf } from './status.js';
import { durationMs, instantOf } from './time.js';
import { type EvidenceView, subjectMatches } from './views.js';

/**
 * §7 `validUntil`: the earliest instant after `now` at which the verdict would change with the same inputs, in epoch
 * milliseconds; undefined when nothing expires.
 *
 * A verdict depends on time only through four thresholds: a document becoming current (`generatedAt − clockSkew`),
 * evidence ageing past its max age, an approval expiring and a deferral expiring. Between two thresholds it cannot
 * change, so the answer is the first threshold at which judging again gives another verdict. Only documents that can
 * be chosen at some later instant have thresholds that matter: the one chosen now, and those dated in the future
 * (an older current document is never chosen later, because newest wins).
 */
export function validUntilMs(inputs: JudgeInputs, now: Judgement, nowMs: number): number | undefined {
  // An invalid input blocks whatever the time.
  if (inputs.anyInvalidInput) return undefined;
  const thresholds = new Set<number>();
  for (const deferral of inputs.candidate.acceptedDeferrals) thresholds.add(instantOf(deferral.expiresAt));
  const skewMs = durationMs(inputs.policy.clockSkew);
  GATES.forEach((spec, index) => {
    const chosen = now.gates[index]?.evidence?.digest;
    const maxAgeMs = durationMs(inputs.policy.maxAge[spec.gate]);
    for (const input of inputs.byGate[index] ?? []) {
      if (!subjectMatches(input.envelope.subject, inputs.candidate.subject)) continue;
      const future = input.generatedAtMs > nowMs + skewMs;
      if (!future && input.digest !== chosen) continue;
      if (future) thresholds.add(input.generatedAtMs - skewMs);
      for (const instant of expiries(spec, input, maxAgeMs)) thresholds.add(instant);
    }
  });
  const later = [...thresholds].filter((instant) => instant > nowMs).sort((a, b) => a - b);
  return later.find((instant) => judgeAt(inputs, instant).verdict !== now.verdict);
}

/** When a document stops serving its gate by itself: it turns stale, and (approvals) a decision expires. */
function expiries(spec: GateSpec, input: CheckedInput, maxAgeMs: number): number[] {
  const doc = input.value as EvidenceView;
  // Stale once `now − measuredFrom > maxAge`; instants are whole milliseconds, so one past the boundary.
  const staleAt = instantOf(measuredFromOf(spec, doc)) + maxAgeMs + 1;
  const approvalExpiries = (doc.approvals ?? []).map((entry) => instantOf(entry.expiresAt));
  return [staleAt, ...approvalExpiries].filter((instant) => !Number.isNaN(instant));
}

/** An instant as a contract timestamp in UTC; whole seconds drop the fraction. */
export function timestampOf(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

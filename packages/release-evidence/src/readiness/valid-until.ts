import { subjectMatches } from './envelope.js';
import { GATES, type GateSpec } from './gates/index.js';
import { type CheckedInput, evidenceOf } from './inputs.js';
import { type JudgeInputs, type Judgement, judgeAt } from './judge.js';
import { measuredFromOf } from './status.js';
import { addMilliseconds, compareInstants, durationMs, exactInstantOf, type Instant } from './time.js';

/**
 * §7 `validUntil`: the earliest instant after `now` at which the verdict would change with the same inputs;
 * undefined when nothing expires.
 *
 * A verdict depends on time only through four thresholds: a document becoming current (`generatedAt − clockSkew`),
 * evidence ageing past its max age, an approval expiring and a deferral expiring. Between two thresholds it cannot
 * change, so the answer is the first threshold at which judging again gives another verdict. Only documents that can
 * be chosen at some later instant have thresholds that matter: the one chosen now, and those dated in the future
 * (an older current document is never chosen later, because newest wins).
 */
export function validUntilOf(inputs: JudgeInputs, now: Judgement, nowInstant: Instant): Instant | undefined {
  // An invalid input blocks whatever the time.
  if (inputs.anyInvalidInput) return undefined;
  const thresholds = inputs.candidate.acceptedDeferrals.map((deferral) => exactInstantOf(deferral.expiresAt));
  const skewMs = durationMs(inputs.policy.clockSkew);
  const latestAccepted = addMilliseconds(nowInstant, skewMs);
  GATES.forEach((spec, index) => {
    const chosen = now.gates[index]?.evidence?.digest;
    const maxAgeMs = durationMs(inputs.policy.maxAge[spec.id]);
    for (const input of inputs.byGate[index] ?? []) {
      if (!subjectMatches(input.envelope.subject, inputs.candidate.subject)) continue;
      const future = compareInstants(input.generatedAt, latestAccepted) > 0;
      if (!future && input.digest !== chosen) continue;
      if (future) thresholds.push(addMilliseconds(input.generatedAt, -skewMs));
      thresholds.push(...expiries(spec, input, maxAgeMs));
    }
  });
  const later = thresholds
    .filter((instant) => compareInstants(instant, nowInstant) > 0)
    .sort(compareInstants)
    .filter((instant, index, sorted) => index === 0 || compareInstants(instant, sorted[index - 1] as Instant) !== 0);
  return later.find((instant) => judgeAt(inputs, instant).verdict !== now.verdict);
}

/** When a document stops serving its gate by itself: it turns stale, and (approvals) a decision expires. */
function expiries(spec: GateSpec, input: CheckedInput, maxAgeMs: number): Instant[] {
  const doc = evidenceOf(input);
  const measuredFrom = measuredFromOf(spec, doc);
  // Stale once older than now − maxAge: the first instant after measuredFrom + maxAge, one nanosecond on.
  const staleAt =
    measuredFrom === undefined ? [] : [nextNanosecond(addMilliseconds(exactInstantOf(measuredFrom), maxAgeMs))];
  const approvals = doc.kind === 'operator-assisted-production' ? doc.approvals : [];
  const approvalExpiries = approvals.map((entry) => exactInstantOf(entry.expiresAt));
  return [...staleAt, ...approvalExpiries].filter((instant) => !Number.isNaN(instant.ms));
}

function nextNanosecond(instant: Instant): Instant {
  return instant.ns === 999_999 ? { ms: instant.ms + 1, ns: 0 } : { ms: instant.ms, ns: instant.ns + 1 };
}

/** An instant as a contract timestamp in UTC, to the nanosecond when it has one; whole seconds drop the fraction. */
export function timestampOf(instant: Instant): string {
  const iso = new Date(instant.ms).toISOString();
  if (instant.ns === 0) return iso.replace('.000Z', 'Z');
  return `${iso.slice(0, 23)}${String(instant.ns).padStart(6, '0')}Z`;
}

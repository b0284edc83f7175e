// Warnings (§7): what every report shows without changing the verdict.
import type { ReleaseCandidate } from '../contract/index.js';
import { type Problem, problem } from '../problem/index.js';
import type { DeferralResult } from './deferrals.js';
import { DEFAULT_CLOCK_SKEW, type EffectivePolicy } from './effective-policy.js';
import { GATES } from './gates/index.js';
import { addMilliseconds, compareInstants, durationMs, exactInstantOf, type Instant } from './time.js';

/** One policy key that can be set weaker than its default: the `policy-weakened` arguments. */
type WeakenableKey =
  | { key: 'maxAge'; gate: string; value: string; default: string }
  | { key: 'clockSkew'; value: string; default: string };

/**
 * `policy-weakened` for each key of the effective policy that is weaker than the default (§6): a `maxAge` longer than
 * the gate's default and a `clockSkew` above `PT5M`. Durations compare by length, so `P1D` equals `PT24H`. Floors have
 * no defaults and `requiredGates` only adds, so neither can be weakened.
 */
export function policyWarnings(policy: EffectivePolicy): Problem[] {
  const keys: WeakenableKey[] = [
    ...GATES.map((spec) => ({
      key: 'maxAge' as const,
      gate: spec.id,
      value: policy.maxAge[spec.id],
      default: spec.defaultMaxAge,
    })),
    { key: 'clockSkew', value: policy.clockSkew, default: DEFAULT_CLOCK_SKEW },
  ];
  return keys
    .filter((entry) => durationMs(entry.value) > durationMs(entry.default))
    .map((entry) => problem('policy-weakened', entry));
}

/** §7: a deferral that expires within 7 days of `now` is raised, so nobody learns of it from a blocked release. */
export const DEFERRAL_WARNING_MS = 7 * 24 * 3_600_000;

/** `deferral-expiring` for each active deferral (applied or unused) that expires within 7 days of `now`. */
export function deferralWarnings(
  candidate: ReleaseCandidate,
  deferrals: readonly DeferralResult[],
  now: Instant,
): Problem[] {
  const active = new Set(
    deferrals.filter((entry) => entry.status === 'applied' || entry.status === 'unused').map((entry) => entry.id),
  );
  const horizon = addMilliseconds(now, DEFERRAL_WARNING_MS);
  return candidate.acceptedDeferrals.flatMap((deferral, index) => {
    if (!active.has(deferral.id) || compareInstants(exactInstantOf(deferral.expiresAt), horizon) > 0) return [];
    const args = { deferral: deferral.id, gate: deferral.gate, expiresAt: deferral.expiresAt };
    // The pointer is into the candidate, which carries the deferral.
    return [problem('deferral-expiring', args, `/acceptedDeferrals/${index}/expiresAt`)];
  });
}

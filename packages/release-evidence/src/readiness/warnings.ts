// Warnings (§7): what every report shows without changing the verdict.
import type { GateId, ReleaseReadiness } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import type { DeferralResult } from './deferrals.js';
import { GATES } from './gates.js';
import { DEFAULT_CLOCK_SKEW, type EffectivePolicy } from './effective-policy.js';
import { addMilliseconds, compareInstants, durationMs, exactInstantOf, type Instant } from './time.js';
import type { ReleaseCandidate } from './views.js';

export type Warning = NonNullable<ReleaseReadiness['warnings']>[number];

/** One policy key that can be set weaker than its default, with the words that name it. */
interface WeakenableKey {
  readonly gate?: Warning['gate'];
  readonly key: string;
  readonly effective: string;
  readonly fallback: string;
}

/**
 * `policy-weakened` for each key of the effective policy that is weaker than the default (§6): a `maxAge` longer than
 * the gate's default and a `clockSkew` above `PT5M`. Durations compare by length, so `P1D` equals `PT24H`. Floors have
 * no defaults and `requiredGates` only adds, so neither can be weakened.
 */
export function policyWarnings(policy: EffectivePolicy): Warning[] {
  const keys: WeakenableKey[] = [
    ...GATES.map((spec) => ({
      gate: spec.gate,
      key: `maxAge of gate ${spec.gate}`,
      effective: policy.maxAge[spec.gate],
      fallback: spec.defaultMaxAge,
    })),
    { key: 'clockSkew', effective: policy.clockSkew, fallback: DEFAULT_CLOCK_SKEW },
  ];
  return keys
    .filter((entry) => durationMs(entry.effective) > durationMs(entry.fallback))
    .map((entry) => ({
      code: 'policy-weakened',
      ...(entry.gate === undefined ? {} : { gate: entry.gate }),
      message: `policy ${entry.key} is ${entry.effective}, weaker than the default ${entry.fallback}`,
    }));
}

/** Warnings sorted by code, gate and message, so whoever adds one, the bytes stay deterministic. */
export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  return [...warnings].sort(
    (a, b) =>
      compareText(a.code, b.code) || compareText(a.gate ?? '', b.gate ?? '') || compareText(a.message, b.message),
  );
}

/** §7: a deferral that expires within 7 days of `now` is raised, so nobody learns of it from a blocked release. */
export const DEFERRAL_WARNING_MS = 7 * 24 * 3_600_000;

/** `deferral-expiring` for each active deferral (applied or unused) that expires within 7 days of `now`. */
export function deferralWarnings(
  candidate: ReleaseCandidate,
  deferrals: readonly DeferralResult[],
  now: Instant,
): Warning[] {
  const active = new Set(
    deferrals.filter((entry) => entry.status === 'applied' || entry.status === 'unused').map((entry) => entry.id),
  );
  const horizon = addMilliseconds(now, DEFERRAL_WARNING_MS);
  return candidate.acceptedDeferrals
    .filter((deferral) => active.has(deferral.id) && compareInstants(exactInstantOf(deferral.expiresAt), horizon) <= 0)
    .map((deferral) => ({
      code: 'deferral-expiring',
      gate: deferral.gate as GateId,
      message: `deferral ${deferral.id} for gate ${deferral.gate} expires at ${deferral.expiresAt}`,
    }));
}

import type { GateId, ReleaseReadiness } from '../contract/index.js';
import type { DeferralResult } from './deferrals.js';
import { compareText } from './inputs.js';
import { instantOf } from './time.js';
import type { ReleaseCandidate } from './views.js';

export type Warning = NonNullable<ReleaseReadiness['warnings']>[number];

/** §7: a deferral that expires within 7 days of `now` is raised, so nobody learns of it from a blocked release. */
export const DEFERRAL_WARNING_MS = 7 * 24 * 3_600_000;

/** Active deferrals (applied or unused) that expire within the warning window, sorted by deferral id. */
export function deferralWarnings(
  candidate: ReleaseCandidate,
  deferrals: readonly DeferralResult[],
  nowMs: number,
): Warning[] {
  const active = new Set(
    deferrals.filter((entry) => entry.status === 'applied' || entry.status === 'unused').map((entry) => entry.id),
  );
  return candidate.acceptedDeferrals
    .filter((deferral) => active.has(deferral.id) && instantOf(deferral.expiresAt) - nowMs <= DEFERRAL_WARNING_MS)
    .sort((a, b) => compareText(a.id, b.id))
    .map((deferral) => ({
      code: 'deferral-expiring',
      gate: deferral.gate as GateId,
      message: `deferral ${deferral.id} for gate ${deferral.gate} expires at ${deferral.expiresAt}`,
    }));
}

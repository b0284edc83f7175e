import { type GateStatus, isGateId, type ReleaseCandidate } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import { GATES } from './gates/index.js';
import type { JudgedGate } from './status.js';
import { compareInstants, exactInstantOf, type Instant } from './time.js';

type DeferralView = ReleaseCandidate['acceptedDeferrals'][number];

export type DeferralStatus = 'applied' | 'unused' | 'expired' | 'unknown-gate' | 'not-allowed';

export interface DeferralResult {
  readonly id: string;
  readonly gate: string;
  readonly status: DeferralStatus;
}

/** Statuses a deferral may replace (§6 step 6); `invalid` and `pass` never are. */
const DEFERRABLE: readonly GateStatus[] = ['missing', 'fail', 'stale', 'mismatch'];

function deferralStatus(deferral: DeferralView, gates: readonly JudgedGate[], now: Instant): DeferralStatus {
  if (!isGateId(deferral.gate)) return 'unknown-gate';
  if (GATES.find((spec) => spec.id === deferral.gate)?.required === 'always') return 'not-allowed';
  if (!(compareInstants(exactInstantOf(deferral.expiresAt), now) > 0)) return 'expired';
  const gate = gates.find((result) => result.gate === deferral.gate);
  return gate !== undefined && DEFERRABLE.includes(gate.status) ? 'applied' : 'unused';
}

/**
 * Applies the candidate's accepted deferrals. Every deferral that can cover a gate is reported `applied`, so two
 * deferrals for one gate both show; the gate keeps its replaced status as `underlying`.
 */
export function applyDeferrals(
  gates: readonly JudgedGate[],
  deferrals: readonly DeferralView[],
  now: Instant,
): { gates: JudgedGate[]; deferrals: DeferralResult[] } {
  const results = deferrals
    .map((deferral) => ({ id: deferral.id, gate: deferral.gate, status: deferralStatus(deferral, gates, now) }))
    .sort((a, b) => compareText(a.id, b.id) || compareText(a.gate, b.gate));
  const deferredGates = new Set(results.filter((result) => result.status === 'applied').map((result) => result.gate));
  const updated = gates.map(
    (gate): JudgedGate =>
      deferredGates.has(gate.gate) ? { ...gate, status: 'deferred', underlying: gate.status } : gate,
  );
  return { gates: updated, deferrals: results };
}

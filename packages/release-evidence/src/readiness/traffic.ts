import type { GateResult } from './status.js';
import { instantOf } from './time.js';
import type { EvidenceView } from './views.js';

/**
 * The traffic share an operator approved: the newest traffic approval of the document that passed
 * `operator-approval`. Undefined while that gate does not pass, so a verdict never states an unapproved share.
 */
export function approvedTrafficPercent(
  gate: GateResult | undefined,
  doc: EvidenceView | undefined,
): number | undefined {
  if (gate?.status !== 'pass' || doc === undefined) return undefined;
  const traffic = (doc.approvals ?? []).filter((entry) => entry.scope === 'traffic' && entry.decision === 'approved');
  const newest = traffic.reduce<(typeof traffic)[number] | undefined>(
    (best, entry) => (best === undefined || instantOf(entry.decidedAt) > instantOf(best.decidedAt) ? entry : best),
    undefined,
  );
  return newest?.trafficPercent;
}

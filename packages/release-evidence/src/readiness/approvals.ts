// The operator-approval gate (§6): which decisions count, and why they do not approve.
import type { GateContext } from './gates.js';
import { type Reason, reason } from './reasons.js';
import { compareInstants, exactInstantOf } from './time.js';
import type { EvidenceView } from './views.js';

type Approval = NonNullable<EvidenceView['approvals']>[number];

const APPROVAL_SCOPES = ['resources', 'traffic'] as const;

/**
 * The decisions used for a scope: its newest non-pending decisions, to the nanosecond. Usually one; several when they
 * share the newest `decidedAt`, and then all of them must approve, so an ambiguous record never approves.
 */
function decisionsUsed(doc: EvidenceView, scope: string): Approval[] {
  let newest: Approval[] = [];
  for (const entry of doc.approvals ?? []) {
    if (entry.scope !== scope || entry.decision === 'pending') continue;
    const first = newest[0];
    const order =
      first === undefined ? 1 : compareInstants(exactInstantOf(entry.decidedAt), exactInstantOf(first.decidedAt));
    if (order > 0) newest = [entry];
    else if (order === 0) newest.push(entry);
  }
  return newest;
}

/** The gate's age is measured from the decisions used (§6), the oldest of them counting. */
export function approvalTimes(doc: EvidenceView): string[] {
  return APPROVAL_SCOPES.flatMap((scope) => decisionsUsed(doc, scope).map((entry) => entry.decidedAt ?? ''));
}

/** Each scope that does not approve, with the reason; `record-approval` names these scopes. */
export function scopeFailures(doc: EvidenceView, context: GateContext): { scope: string; reason: Reason }[] {
  const failures: { scope: string; reason: Reason }[] = [];
  for (const scope of APPROVAL_SCOPES) {
    const used = decisionsUsed(doc, scope);
    const expired = (entry: Approval) =>
      entry.expiresAt !== undefined && !(compareInstants(exactInstantOf(entry.expiresAt), context.now) > 0);
    const fail = (code: string, message: string) => failures.push({ scope, reason: reason(code, message) });
    if (used.length === 0) {
      fail('approval-missing', `${doc.id} has no decided ${scope} approval`);
    } else if (used.some((entry) => entry.decision !== 'approved')) {
      fail('approval-rejected', `${doc.id}: the newest ${scope} decision is not approved`);
    } else if (used.some(expired)) {
      fail('approval-expired', `${doc.id}: the newest ${scope} approval has expired`);
    } else if (scope === 'traffic' && used.some((entry) => !((entry.trafficPercent ?? 0) > 0))) {
      fail('traffic-zero', `${doc.id}: the newest traffic approval allows no traffic (0 percent)`);
    }
  }
  return failures;
}

export function approvalFailures(doc: EvidenceView, context: GateContext): Reason[] {
  return scopeFailures(doc, context).map((failure) => failure.reason);
}

/** The traffic share of the traffic decisions used (§6); undefined when they do not all name the same one. */
export function approvedTraffic(doc: EvidenceView): number | undefined {
  const shares = new Set(decisionsUsed(doc, 'traffic').map((entry) => entry.trafficPercent));
  const [share] = shares;
  return shares.size === 1 ? share : undefined;
}

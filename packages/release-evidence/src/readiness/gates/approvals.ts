// The operator-approval gate (§6): which decisions count, and why they do not approve.
import { APPROVAL_SCOPES, type OperatorAssistedProduction } from '../../contract/index.js';
import { type Problem, type ProblemCode, problem } from '../../problem/index.js';
import { compareInstants, exactInstantOf } from '../time.js';
import type { GateContext } from './define.js';

type Approval = OperatorAssistedProduction['approvals'][number];
type Scope = (typeof APPROVAL_SCOPES)[number];

/**
 * The decisions used for a scope: its newest non-pending decisions, to the nanosecond. Usually one; several when they
 * share the newest `decidedAt`, and then all of them must approve, so an ambiguous record never approves.
 */
function decisionsUsed(doc: OperatorAssistedProduction, scope: Scope): Approval[] {
  let newest: Approval[] = [];
  for (const entry of doc.approvals) {
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
export function approvalTimes(doc: OperatorAssistedProduction): string[] {
  return APPROVAL_SCOPES.flatMap((scope) => decisionsUsed(doc, scope).map((entry) => entry.decidedAt ?? ''));
}

/** Each scope that does not approve, with the reason; `record-approval` names these scopes. */
export function scopeFailures(
  doc: OperatorAssistedProduction,
  context: Pick<GateContext, 'now'>,
): { scope: Scope; reason: Problem }[] {
  const expired = (entry: Approval) =>
    entry.expiresAt !== undefined && !(compareInstants(exactInstantOf(entry.expiresAt), context.now) > 0);
  return APPROVAL_SCOPES.flatMap((scope) => {
    const used = decisionsUsed(doc, scope);
    const fail = (code: ProblemCode, args: Problem['args'] = { id: doc.id, scope }) => [
      { scope, reason: problem(code, args, '/approvals') },
    ];
    if (used.length === 0) return fail('approval-missing');
    if (used.some((entry) => entry.decision !== 'approved')) return fail('approval-rejected');
    if (used.some(expired)) return fail('approval-expired');
    if (scope === 'traffic' && used.some((entry) => !((entry.trafficPercent ?? 0) > 0))) {
      return fail('traffic-zero', { id: doc.id });
    }
    return [];
  });
}

export function approvalFailures(doc: OperatorAssistedProduction, context: GateContext): Problem[] {
  return scopeFailures(doc, context).map((failure) => failure.reason);
}

/** The traffic share of the traffic decisions used (§6); undefined when they do not all name the same one. */
export function approvedTraffic(doc: OperatorAssistedProduction): number | undefined {
  const shares = new Set(decisionsUsed(doc, 'traffic').map((entry) => entry.trafficPercent));
  const [share] = shares;
  return shares.size === 1 ? share : undefined;
}

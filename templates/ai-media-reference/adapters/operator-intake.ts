import type { OperatorAssistedProduction } from '@cloudflare-saas-core/release-evidence';
import { compareText, evidenceId, operatorAssistedProduction } from '@cloudflare-saas-core/release-evidence/builders';
import { APPROVAL_SCOPES } from '@cloudflare-saas-core/release-evidence/contract';
import type { OperatorDecision } from './operator-decisions.js';
import { producerOf } from './shared/producer.js';
import type { Subject } from './shared/subject.js';

/** The decisions that still count at `now` for this commit: decided, unexpired, newest per scope. */
export function freshDecisions(
  decisions: readonly OperatorDecision[],
  subject: Subject,
  now: Date,
): OperatorDecision[] {
  const at = now.getTime();
  const newest = new Map<OperatorDecision['scope'], OperatorDecision>();
  for (const decision of decisions) {
    if (decision.commitSha !== subject.commitSha) continue;
    if (Date.parse(decision.decidedAt) > at || Date.parse(decision.expiresAt) <= at) continue;
    const current = newest.get(decision.scope);
    if (!current || Date.parse(decision.decidedAt) > Date.parse(current.decidedAt))
      newest.set(decision.scope, decision);
  }
  return [...newest.values()].sort((a, b) => compareText(a.scope, b.scope));
}

/**
 * Turns recorded human decisions into `operator-assisted-production`. With no fresh decision there is no document:
 * the template never approves on its own, so readiness stays `awaiting-operator`.
 */
export function buildOperatorEvidence(
  decisions: readonly OperatorDecision[],
  subject: Subject,
  now: Date,
): OperatorAssistedProduction | undefined {
  const fresh = freshDecisions(decisions, subject, now);
  if (fresh.length === 0) return undefined;
  return operatorAssistedProduction({
    id: evidenceId('operator-approval', subject),
    generatedAt: now.toISOString(),
    subject,
    producer: producerOf('ops-approve'),
    approvals: fresh.map((decision) => ({
      scope: decision.scope,
      reference: decision.reference,
      reviewerRole: decision.reviewerRole,
      decision: decision.decision,
      decidedAt: decision.decidedAt,
      expiresAt: decision.expiresAt,
      ...(decision.scope === 'traffic' ? { trafficPercent: decision.trafficPercent ?? 0 } : {}),
    })),
  });
}

/** The commands an operator runs to record the missing decisions; printed by the demo, never run by it. */
export function approvalCommands(decisions: readonly OperatorDecision[], subject: Subject, now: Date): string[] {
  const present = new Set(freshDecisions(decisions, subject, now).map((decision) => decision.scope));
  const commands: Record<OperatorDecision['scope'], string> = {
    resources:
      'pnpm ops:approve --scope resources --reference ops-review/reference-launch#resources --role release-manager',
    traffic:
      'pnpm ops:approve --scope traffic --traffic-percent 100 --reference ops-review/reference-launch#traffic --role release-manager',
  };
  return APPROVAL_SCOPES.filter((scope) => !present.has(scope)).map((scope) => commands[scope]);
}

import type { OperatorAssistedProduction } from '../kinds/operator-assisted-production.js';
import { type EvidenceHeader, envelopeOf, sortedBy } from './header.js';

export type OperatorApproval = OperatorAssistedProduction['approvals'][number];

export interface OperatorAssistedProductionInput extends EvidenceHeader {
  readonly approvals: readonly OperatorApproval[];
}

/**
 * `operator-assisted-production` for recorded human decisions, sorted by scope, decision time and reference. It only
 * writes down what an operator decided: the builder never adds, drops or changes a decision.
 */
export function operatorAssistedProduction(input: OperatorAssistedProductionInput): OperatorAssistedProduction {
  const approvals = sortedBy(input.approvals, (approval) => [
    approval.scope,
    approval.decidedAt ?? '',
    approval.reference,
  ]).map((approval) => ({ ...approval }));
  return { ...envelopeOf('operator-assisted-production', input), environment: 'production', approvals };
}

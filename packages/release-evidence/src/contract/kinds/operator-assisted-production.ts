import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope } from '../envelope.js';
import { checkObserved, defineKind, isAfter } from '../rules.js';
import { exactly, label, list, oneOf, percent, reference, timestamp } from '../scalars.js';

const approval = closedObject({
  scope: oneOf(['resources', 'traffic']),
  reference,
  reviewerRole: label,
  decision: oneOf(['approved', 'rejected', 'pending']),
  decidedAt: v.optional(timestamp),
  expiresAt: v.optional(timestamp),
  trafficPercent: v.optional(percent),
});

export const operatorAssistedProduction = closedObject({
  ...evidenceEnvelope('operator-assisted-production'),
  environment: exactly('production'),
  approvals: list(approval, 1, 50),
});

export type OperatorAssistedProduction = v.InferOutput<typeof operatorAssistedProduction>;

export const operatorAssistedProductionKind = defineKind({
  kind: 'operator-assisted-production',
  schema: operatorAssistedProduction,
  rules(doc, context) {
    doc.approvals.forEach((item, index) => {
      const at = ['approvals', index];
      if (item.decidedAt === undefined && item.decision !== 'pending') {
        context.report('missing-decision-time', [...at, 'decidedAt']);
      }
      if (item.decidedAt !== undefined && item.expiresAt !== undefined && !isAfter(item.expiresAt, item.decidedAt)) {
        context.report('expiry-before-decision', [...at, 'expiresAt']);
      }
      if ((item.trafficPercent !== undefined) !== (item.scope === 'traffic')) {
        context.report('traffic-percent', [...at, 'trafficPercent']);
      }
      checkObserved(context, doc.generatedAt, item.decidedAt, [...at, 'decidedAt']);
    });
  },
});

import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope } from '../envelope.js';
import { defineKind, isAfter, isLate, latestObservation } from '../rules.js';
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
    const latest = latestObservation(context, doc.generatedAt);
    doc.approvals.forEach((item, index) => {
      if (item.decidedAt === undefined && item.decision !== 'pending') {
        context.report('missing-decision-time', ['approvals', index, 'decidedAt']);
      }
      if (item.decidedAt !== undefined && item.expiresAt !== undefined && !isAfter(item.expiresAt, item.decidedAt)) {
        context.report('expiry-before-decision', ['approvals', index, 'expiresAt']);
      }
      if ((item.trafficPercent !== undefined) !== (item.scope === 'traffic')) {
        context.report('traffic-percent', ['approvals', index, 'trafficPercent']);
      }
      if (isLate(item.decidedAt, latest)) context.report('time-order', ['approvals', index, 'decidedAt']);
    });
  },
});

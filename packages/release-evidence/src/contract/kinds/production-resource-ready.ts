import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope } from '../envelope.js';
import { checkUnique, defineKind, isLate, latestObservation } from '../rules.js';
import { bindingName, environment, label, list, oneOf, text, timestamp } from '../scalars.js';

export const RESOURCE_TYPES = [
  'worker',
  'worker-route',
  'custom-domain',
  'd1',
  'r2',
  'kv',
  'queue',
  'durable-object',
  'vectorize',
  'hyperdrive',
  'ai-gateway',
  'workflow',
  'secrets-store',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const resourceType = oneOf(RESOURCE_TYPES);

const resource = closedObject({
  type: resourceType,
  label,
  binding: v.optional(bindingName),
  status: oneOf(['ready', 'missing', 'drifted', 'pending']),
  checkedAt: timestamp,
  detail: v.optional(text),
});

export const productionResourceReady = closedObject({
  ...evidenceEnvelope('production-resource-ready'),
  environment,
  resources: list(resource, 1, 500),
});

export type ProductionResourceReady = v.InferOutput<typeof productionResourceReady>;

export const productionResourceReadyKind = defineKind({
  kind: 'production-resource-ready',
  schema: productionResourceReady,
  rules(doc, context) {
    checkUnique(
      context,
      doc.resources,
      (item) => `${item.type}\u0000${item.label}`,
      ['resources'],
      (a, b) => a.type === b.type && a.label === b.label,
    );
    const latest = latestObservation(context, doc.generatedAt);
    doc.resources.forEach((item, index) => {
      if (isLate(item.checkedAt, latest)) context.report('time-order', ['resources', index, 'checkedAt']);
    });
  },
});

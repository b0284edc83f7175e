// The §6 gate table, one `defineGate` per row in the contract's gate order. Every gate is judged by the same engine
// (`choose.ts` → `status.ts` → `deferrals.ts` → `verdict.ts`); a row says only what is particular to its gate.
import { approvalFailures, approvalTimes } from './approvals.js';
import { canaryFailures } from './canary.js';
import { defineGate, type GateSpec } from './define.js';
import { forProduction, preflightFailures, resourceFailures } from './production.js';
import { statusFailures } from './release-status.js';

export { type DocumentOf, defineGate, type GateContext, type GateDefinition, type GateSpec } from './define.js';

/** The §6 table's most common age source. */
const generatedAt = (doc: { readonly generatedAt: string }) => [doc.generatedAt];

export const GATES: readonly GateSpec[] = [
  defineGate({
    id: 'source-known',
    required: 'yes',
    defaultMaxAge: 'P7D',
    ageFrom: generatedAt,
    documents: { class: 'source-known', kind: 'release-status', stage: 'source' },
    failures: (doc, context) => statusFailures(doc, context),
  }),
  defineGate({
    id: 'staging-runtime',
    required: 'yes',
    defaultMaxAge: 'PT24H',
    ageFrom: generatedAt,
    documents: { class: 'staging-runtime', kind: 'release-status', stage: 'staging' },
    failures: (doc, context) => statusFailures(doc, context, 'staging'),
  }),
  defineGate({
    id: 'secret-rotation',
    required: 'yes',
    defaultMaxAge: 'P90D',
    ageFrom: (doc) => doc.secrets.map((secret) => secret.after.updatedAt),
    documents: { class: 'secret-rotation', kind: 'secret-rotation-receipt', environment: 'production' },
    failures: (doc) => [...forProduction(doc), ...preflightFailures(doc)],
  }),
  defineGate({
    id: 'production-resources',
    required: 'yes',
    defaultMaxAge: 'PT24H',
    ageFrom: (doc) => doc.resources.map((resource) => resource.checkedAt),
    documents: { class: 'production-cutover', kind: 'production-resource-ready', environment: 'production' },
    failures: (doc, context) => [...forProduction(doc), ...resourceFailures(doc, context)],
  }),
  defineGate({
    id: 'operator-approval',
    required: 'always',
    defaultMaxAge: 'P7D',
    ageFrom: approvalTimes,
    documents: { class: 'production-cutover', kind: 'operator-assisted-production' },
    failures: approvalFailures,
  }),
  defineGate({
    id: 'provider-canary',
    required: 'yes',
    defaultMaxAge: 'PT24H',
    ageFrom: (doc) => [doc.window.endedAt],
    documents: { class: 'provider-canary', kind: 'provider-canary-evidence' },
    failures: (doc, context) => canaryFailures('provider-canary', doc, context),
  }),
  defineGate({
    id: 'image-safety',
    required: 'yes',
    defaultMaxAge: 'PT72H',
    ageFrom: generatedAt,
    documents: { class: 'image-safety', kind: 'image-safety-canary-evidence' },
    failures: (doc, context) => canaryFailures('image-safety', doc, context),
  }),
  defineGate({
    id: 'production-cutover',
    required: 'no',
    defaultMaxAge: 'PT24H',
    ageFrom: generatedAt,
    documents: { class: 'production-cutover', kind: 'release-status', stage: 'production' },
    failures: (doc, context) => statusFailures(doc, context, 'production'),
  }),
];

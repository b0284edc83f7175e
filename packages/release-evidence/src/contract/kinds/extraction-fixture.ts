import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { envelope, producer, subject } from '../envelope.js';
import { EVIDENCE_CLASSES, KINDS } from '../kinds.js';
import { checkUnique, defineKind } from '../rules.js';
import { exactly, label, list, oneOf, timestamp } from '../scalars.js';
import { evidenceDocument } from './evidence-document.js';
import { releaseCandidate } from './release-candidate.js';

export const CORE_RESPONSIBILITIES = [
  'schema-validation',
  'privacy-scanning',
  'readiness-aggregation',
  'markdown-formatting',
  'json-formatting',
] as const;

export const ADAPTER_RESPONSIBILITIES = [
  'source-status',
  'staging-smoke',
  'secret-sync',
  'deploy-dispatch',
  'resource-inventory',
  'operator-approval-intake',
  'provider-canary',
  'image-safety-review',
  'resource-naming',
  'launch-copy',
] as const;

const adapter = closedObject({
  name: label,
  owner: exactly('template'),
  responsibility: oneOf(ADAPTER_RESPONSIBILITIES),
  emits: v.array(oneOf(KINDS)),
});

export const extractionFixture = closedObject({
  ...envelope('extraction-fixture'),
  subject: v.optional(subject),
  producer: v.optional(producer),
  candidate: exactly('ops-release-evidence'),
  target: closedObject({
    owner: exactly('cloudflare-saas-core'),
    package: exactly('cloudflare-saas-core/packages/release-evidence'),
  }),
  template: closedObject({ label, category: label }),
  boundary: closedObject({
    core: v.array(oneOf(CORE_RESPONSIBILITIES)),
    adapters: list(adapter, 1, 100),
  }),
  release: releaseCandidate,
  now: timestamp,
  artifacts: list(closedObject({ class: oneOf(EVIDENCE_CLASSES), document: evidenceDocument }), 1, 500),
});

export type ExtractionFixture = v.InferOutput<typeof extractionFixture>;

export const extractionFixtureKind = defineKind({
  kind: 'extraction-fixture',
  schema: extractionFixture,
  rules(doc, context) {
    checkUnique(context, doc.boundary.core, (item) => item, ['boundary', 'core']);
    context.nested('release-candidate', doc.release, ['release']);
    doc.artifacts.forEach((artifact, index) => {
      context.nested(artifact.document.kind, artifact.document, ['artifacts', index, 'document']);
    });
  },
});

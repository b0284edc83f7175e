import { CONTRACT, CORE_RESPONSIBILITIES, classOf } from '@cloudflare-saas-core/release-evidence/contract';
import { TARGET_CANDIDATE, TARGET_PACKAGE } from '@cloudflare-saas-core/release-evidence/fixture';

/** The template's adapters, as the fixture's `boundary.adapters` lists them: all owned by the template. */
export const TEMPLATE_ADAPTERS = [
  { name: 'source-status', owner: 'template', responsibility: 'source-status', emits: ['release-status'] },
  { name: 'staging-smoke', owner: 'template', responsibility: 'staging-smoke', emits: ['release-status'] },
  { name: 'secret-rotation', owner: 'template', responsibility: 'secret-sync', emits: ['secret-rotation-receipt'] },
  {
    name: 'resource-inventory',
    owner: 'template',
    responsibility: 'resource-inventory',
    emits: ['production-resource-ready'],
  },
  {
    name: 'ops-approve',
    owner: 'template',
    responsibility: 'operator-approval-intake',
    emits: ['operator-assisted-production'],
  },
  {
    name: 'provider-canary',
    owner: 'template',
    responsibility: 'provider-canary',
    emits: ['provider-canary-evidence'],
  },
  {
    name: 'image-safety-review',
    owner: 'template',
    responsibility: 'image-safety-review',
    emits: ['image-safety-canary-evidence'],
  },
] as const;

export interface FixtureInput {
  readonly candidate: Record<string, unknown>;
  readonly evidence: readonly Record<string, unknown>[];
  readonly now: string;
}

/** The §4 class of an evidence document, as the package defines it. */
function evidenceClass(document: Record<string, unknown>): string {
  const found = classOf(document);
  if (!found) throw new Error('the recorded evidence holds a document that is not evidence');
  return found;
}

/** The template's own `extraction-fixture` (spec §9): the second fixture of the seed's extraction sequence. */
export function buildExtractionFixture(input: FixtureInput): Record<string, unknown> {
  return {
    contract: CONTRACT,
    kind: 'extraction-fixture',
    id: 'ai-media-reference-fixture',
    generatedAt: input.now,
    candidate: TARGET_CANDIDATE,
    target: { owner: TARGET_PACKAGE.split('/')[0], package: TARGET_PACKAGE },
    template: { label: 'ai-media-reference', category: 'ai-media' },
    boundary: {
      core: [...CORE_RESPONSIBILITIES],
      adapters: TEMPLATE_ADAPTERS,
    },
    release: input.candidate,
    now: input.now,
    artifacts: input.evidence.map((document) => ({ class: evidenceClass(document), document })),
  };
}

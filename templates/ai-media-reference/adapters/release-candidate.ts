import type { ReleaseCandidate } from '@cloudflare-saas-core/release-evidence';
import { releaseCandidate } from '@cloudflare-saas-core/release-evidence/builders';
import type { ReleaseConfig } from './shared/config.js';
import type { Subject } from './shared/subject.js';

/** The `release-candidate` (spec §5): what this release must prove, from the template's config. Safe to commit. */
export function buildReleaseCandidate(config: ReleaseConfig, subject: Subject, generatedAt: string): ReleaseCandidate {
  return releaseCandidate({
    id: `ai-media-reference-${subject.commitSha.slice(0, 12)}`,
    generatedAt,
    subject,
    origins: config.origins.map((origin) => ({ environment: origin.environment, url: origin.url })),
    expectedResources: config.resources.map((resource) => ({ type: resource.type, label: resource.label })),
    milestone: config.milestone,
  });
}

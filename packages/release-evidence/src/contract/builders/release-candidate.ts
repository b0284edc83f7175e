import type { Subject } from '../envelope.js';
import type { ReleaseCandidate } from '../kinds/release-candidate.js';
import { CONTRACT } from '../kinds.js';
import { sortedBy } from './header.js';

export interface ReleaseCandidateInput {
  readonly id: string;
  readonly generatedAt: string;
  readonly subject: Subject;
  readonly origins: ReleaseCandidate['origins'];
  readonly expectedResources: ReleaseCandidate['expectedResources'];
  readonly milestone: string;
  readonly acceptedDeferrals?: ReleaseCandidate['acceptedDeferrals'];
  readonly policy?: ReleaseCandidate['policy'];
}

/** `release-candidate` (spec §5) with origins, expected resources and deferrals sorted. */
export function releaseCandidate(input: ReleaseCandidateInput): ReleaseCandidate {
  return {
    contract: CONTRACT as typeof CONTRACT,
    kind: 'release-candidate',
    id: input.id,
    generatedAt: input.generatedAt,
    subject: { ...input.subject },
    origins: sortedBy(input.origins, (origin) => [origin.environment]).map((origin) => ({ ...origin })),
    expectedResources: sortedBy(input.expectedResources, (resource) => [resource.type, resource.label]).map(
      (resource) => ({ type: resource.type, label: resource.label }),
    ),
    milestone: { id: input.milestone },
    acceptedDeferrals: sortedBy(input.acceptedDeferrals ?? [], (deferral) => [deferral.id]).map((deferral) => ({
      ...deferral,
    })),
    ...(input.policy ? { policy: input.policy } : {}),
  };
}

import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { envelope, origin, producer, subject } from '../envelope.js';
import { policy } from '../policy-schema.js';
import { candidateRemedies } from '../remedy.js';
import { checkUnique, defineKind } from '../rules.js';
import { deferralId, label, list, reference, timestamp } from '../scalars.js';
import { resourceType } from './production-resource-ready.js';

export const releaseCandidate = closedObject({
  ...envelope('release-candidate'),
  subject,
  producer: v.optional(producer),
  origins: list(origin, 2, 2),
  expectedResources: list(closedObject({ type: resourceType, label }), 0, 500),
  milestone: closedObject({ id: label }),
  acceptedDeferrals: list(closedObject({ id: deferralId, gate: label, reference, expiresAt: timestamp }), 0, 100),
  policy: v.optional(policy),
  /** The template's command label per gate, shown in that gate's remedy. */
  remedies: v.optional(candidateRemedies),
});

export type ReleaseCandidate = v.InferOutput<typeof releaseCandidate>;

export const releaseCandidateKind = defineKind({
  kind: 'release-candidate',
  schema: releaseCandidate,
  rules(doc, context) {
    // Two origins with distinct environments means exactly one staging and one production origin.
    checkUnique(context, doc.origins, (item) => item.environment, ['origins']);
    checkUnique(context, doc.acceptedDeferrals, (item) => item.id, ['acceptedDeferrals']);
  },
});

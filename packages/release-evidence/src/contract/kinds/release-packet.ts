import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { envelope, producer, subject } from '../envelope.js';
import { EVIDENCE_CLASSES, EVIDENCE_KINDS } from '../kinds.js';
import { defineKind } from '../rules.js';
import { digest, label, oneOf } from '../scalars.js';
import { releaseCandidate } from './release-candidate.js';
import { releaseReadiness } from './release-readiness.js';

export const releasePacket = closedObject({
  ...envelope('release-packet'),
  subject,
  producer: v.optional(producer),
  candidate: releaseCandidate,
  readiness: releaseReadiness,
  artifacts: v.array(closedObject({ kind: oneOf(EVIDENCE_KINDS), id: label, class: oneOf(EVIDENCE_CLASSES), digest })),
  packetDigest: digest,
});

export type ReleasePacket = v.InferOutput<typeof releasePacket>;

export const releasePacketKind = defineKind({
  kind: 'release-packet',
  schema: releasePacket,
  rules(doc, context) {
    context.nested('release-candidate', doc.candidate, ['candidate']);
    context.nested('release-readiness', doc.readiness, ['readiness']);
  },
});

import { CONTRACT, derivedId, type ReleasePacket } from '../contract/index.js';
import { evaluateReadiness, type ReadinessOutcome, type ReadinessRequest } from '../readiness/index.js';
import { artifactsOf } from './artifacts.js';
import { packetDigestOf } from './digest.js';

/** The same inputs as readiness: a checked candidate, the documents, an optional policy override and `now`. */
export type PacketRequest = ReadinessRequest;

export interface PacketOutcome extends ReadinessOutcome {
  readonly packet: ReleasePacket;
}

/**
 * Builds `release-packet` (spec §7): the candidate, its readiness at `now`, a digest per evidence document and a
 * digest over the whole. Pure and deterministic: the same inputs give the same bytes, whatever their order.
 */
export async function buildPacket(request: PacketRequest): Promise<PacketOutcome> {
  const outcome = await evaluateReadiness(request);
  const { readiness } = outcome;
  const { candidate } = request;
  const unsealed: Omit<ReleasePacket, 'packetDigest'> = {
    contract: CONTRACT,
    kind: 'release-packet',
    id: derivedId('packet', candidate.id),
    generatedAt: request.now,
    subject: candidate.subject,
    candidate,
    readiness,
    artifacts: artifactsOf(outcome),
  };
  const packet: ReleasePacket = { ...unsealed, packetDigest: await packetDigestOf(unsealed) };
  return { ...outcome, packet };
}

import type { ReleasePacket } from '../../../src/contract/index.js';
import { buildPacket, packetDigestOf, verifyPacket } from '../../../src/packet/index.js';
import type { PACKET_CODES } from '../../../src/problem/codes/packet.js';
import type { InputDocument } from '../../../src/readiness/index.js';
import { buildSamples } from '../../samples/index.js';
import type { Producer } from '../producer.js';

const NOW = '2026-11-25T12:00:00Z';
const samples = buildSamples(NOW);
const evidence = [samples.source, samples.staging, samples.canary];
const documents: InputDocument[] = evidence.map((document) => ({ text: JSON.stringify(document) }));

async function sealed(): Promise<ReleasePacket> {
  return (await buildPacket({ candidate: samples.candidate, documents, now: NOW })).packet;
}

/** Verifies a copy of the packet edited by `edit` (resealed, as a careful forger would) against `given`. */
async function verifyEdited(
  edit: (copy: ReleasePacket) => void,
  given: readonly InputDocument[] = documents,
  reseal = true,
) {
  const copy = structuredClone(await sealed());
  edit(copy);
  if (reseal) copy.packetDigest = await packetDigestOf(copy);
  return (await verifyPacket(copy, given)).reasons;
}

const addresses = (count: number) => Array.from({ length: count }, (_, i) => `person${i}${'@'}example.com`);
const verifyWith = async (given: readonly InputDocument[]) => (await verifyPacket(await sealed(), given)).reasons;

/** For each packet code, a call through the library or CLI that reports it. */
export const PACKET_PRODUCERS: Record<keyof typeof PACKET_CODES, Producer> = {
  'document-changed': () =>
    verifyWith([
      ...documents.slice(0, -1),
      { text: JSON.stringify({ ...samples.canary, latencyMs: { p50: 901, p95: 2400, max: 3100 } }) },
    ]),
  'document-missing': () => verifyWith(documents.slice(1)),
  'document-extra': () => verifyWith([...documents, { text: JSON.stringify({ ...samples.source, id: 'source-2' }) }]),
  'packet-digest-mismatch': () =>
    verifyEdited(
      (copy) => {
        copy.packetDigest = `sha256:${'0'.repeat(64)}`;
      },
      documents,
      false,
    ),
  'artifacts-mismatch': () =>
    verifyEdited((copy) => {
      (copy.artifacts[0] as ReleasePacket['artifacts'][number]).class = 'secret-rotation';
    }),
  'readiness-mismatch': () =>
    verifyEdited((copy) => {
      copy.readiness.verdict = 'ready';
    }),
  // A document whose value cannot be digested (a BigInt) makes the re-run throw.
  'readiness-not-reproducible': () => verifyWith([{ value: { size: 1n } }]),
  'packet-invalid': async () => [
    ...(await verifyPacket({ kind: 'release-packet' }, documents)).reasons,
    // More than 20 problems: the rest are counted in one more reason.
    ...(await verifyPacket({ ...(await sealed()), extensions: { 'x-notes': addresses(30) } }, documents)).reasons,
  ],
  'packet-privacy': () =>
    verifyEdited((copy) => {
      (copy.readiness.inputs[0] as { id?: string }).id = crypto.randomUUID();
    }),
};

import { describe, expect, it } from 'vitest';
import { buildSamples } from '../../test/samples/index.js';
import { type ReleasePacket, validateDocument } from '../contract/index.js';
import { canonicalJson, digestOf } from '../json/index.js';
import { problem, renderProblem } from '../problem/index.js';
import type { InputDocument } from '../readiness/index.js';
import { buildPacket, packetDigestOf, verifyPacket } from './index.js';

const NOW = '2026-11-25T12:00:00Z';
const samples = buildSamples(NOW);
const evidence = [
  samples.source,
  samples.staging,
  samples.production,
  samples.rotation,
  samples.resources,
  samples.approval,
  samples.canary,
  samples.imageSafety,
];
const asText = (document: unknown): InputDocument => ({ text: JSON.stringify(document) });
const documents = evidence.map(asText);

async function build(given: readonly InputDocument[] = documents): Promise<ReleasePacket> {
  const { packet } = await buildPacket({ candidate: samples.candidate, documents: given, now: NOW });
  return packet;
}

/** A deep copy of the packet, edited, optionally with its packetDigest recomputed as a careful forger would. */
async function tamper(
  packet: ReleasePacket,
  edit: (copy: ReleasePacket) => void,
  resealed: boolean,
): Promise<ReleasePacket> {
  const copy = structuredClone(packet);
  edit(copy);
  if (resealed) copy.packetDigest = await packetDigestOf(copy);
  return copy;
}

describe('buildPacket', () => {
  it('keeps packet and readiness ids valid labels for a candidate id at the label limit', async () => {
    const candidate = { ...samples.candidate, id: `c${'a'.repeat(126)}z` };
    expect(validateDocument(candidate).ok).toBe(true);
    const { packet } = await buildPacket({ candidate, documents, now: NOW });
    expect(packet.id).toMatch(/^packet-ca+-[0-9a-f]{8}$/);
    expect(packet.readiness.id).toMatch(/^readiness-ca+-[0-9a-f]{8}$/);
    expect(validateDocument(packet).errors).toEqual([]);
  });

  it('builds a valid release-packet for the candidate at now', async () => {
    const { packet, readiness } = await buildPacket({ candidate: samples.candidate, documents, now: NOW });
    expect(validateDocument(packet, { expectKind: 'release-packet' })).toMatchObject({ ok: true, errors: [] });
    expect(packet).toMatchObject({
      contract: 'release-evidence/v1',
      kind: 'release-packet',
      id: 'packet-release-2026-11',
      generatedAt: NOW,
      subject: samples.candidate.subject,
    });
    expect(packet.candidate).toEqual(samples.candidate);
    expect(packet.readiness).toEqual(readiness);
    expect(readiness.verdict).toBe('ready');
  });

  it('lists every evidence document with its class and digest, sorted', async () => {
    const packet = await build();
    expect(packet.artifacts).toHaveLength(evidence.length);
    const expected = await Promise.all(
      evidence.map(async (doc) => ({ kind: doc.kind, id: doc.id, digest: await digestOf(doc) })),
    );
    for (const ref of expected) expect(packet.artifacts).toContainEqual(expect.objectContaining(ref));
    const keys = packet.artifacts.map((artifact) => `${artifact.kind} ${artifact.id}`);
    expect(keys).toEqual([...keys].sort());
    const classes = Object.fromEntries(packet.artifacts.map((artifact) => [artifact.id, artifact.class]));
    expect(classes).toEqual({
      'source-status-1': 'source-known',
      'staging-smoke-1': 'staging-runtime',
      'production-cutover-1': 'production-cutover',
      'secret-rotation-1': 'secret-rotation',
      'resources-1': 'production-cutover',
      'operator-approval-1': 'production-cutover',
      'provider-canary-1': 'provider-canary',
      'image-safety-1': 'image-safety',
    });
  });

  it('seals the packet with the digest of everything but packetDigest', async () => {
    const packet = await build();
    const { packetDigest, ...rest } = packet;
    expect(packetDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(packetDigest).toBe(await digestOf(rest));
  });

  it('gives the same bytes whatever the input order or formatting', async () => {
    const reordered = [...evidence].reverse().map((doc) => ({ text: JSON.stringify(doc, null, 4) }));
    expect(canonicalJson(await build(reordered))).toBe(canonicalJson(await build()));
  });
});

describe('verifyPacket', () => {
  it('verifies a packet against the documents it was built from', async () => {
    const result = await verifyPacket(await build(), documents);
    expect(result).toEqual({
      ok: true,
      changed: [],
      missing: [],
      extra: [],
      packetDigestOk: true,
      readinessMatches: true,
      reasons: [],
    });
  });

  it('verifies a packet built with floors and a weakened policy, and catches a dropped warning', async () => {
    const policy = { clockSkew: 'PT1H', floors: { 'image-safety': { minSamples: 10 } } };
    const { packet } = await buildPacket({ candidate: samples.candidate, documents, policy, now: NOW });
    expect(packet.readiness.policy.floors).toEqual(policy.floors);
    expect(packet.readiness.warnings?.map((warning) => warning.code)).toEqual(['policy-weakened']);
    expect((await verifyPacket(packet, documents)).ok).toBe(true);
    const silenced = await tamper(packet, (copy) => delete copy.readiness.warnings, true);
    expect((await verifyPacket(silenced, documents)).readinessMatches).toBe(false);
  });

  it('accepts documents reformatted with other whitespace and key order', async () => {
    const reformatted = evidence.map((doc) => ({ text: `\n${JSON.stringify(reverseKeys(doc), null, '\t')}\n\n` }));
    expect(reformatted[0]?.text).not.toBe(documents[0]?.text);
    const result = await verifyPacket(await build(), reformatted);
    expect(result.ok).toBe(true);
  });

  it('catches an edited verdict even when the packet digest was recomputed', async () => {
    // A blocked packet (image-safety evidence missing) whose verdict is forged to ready and resealed.
    const blocked = await build(documents.slice(0, -1));
    expect(blocked.readiness.verdict).toBe('blocked');
    const forgedBlocked = await tamper(
      blocked,
      (copy) => {
        copy.readiness.verdict = 'ready';
      },
      true,
    );
    const result = await verifyPacket(forgedBlocked, documents.slice(0, -1));
    expect(result).toMatchObject({
      ok: false,
      packetDigestOk: true,
      readinessMatches: false,
      changed: [],
      missing: [],
      extra: [],
    });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['readiness-mismatch']);
  });

  it('catches an edited verdict whose packet digest was left alone', async () => {
    const forged = await tamper(
      await build(),
      (copy) => {
        copy.readiness.verdict = 'blocked';
      },
      false,
    );
    const result = await verifyPacket(forged, documents);
    expect(result).toMatchObject({ ok: false, packetDigestOk: false, readinessMatches: false });
  });

  it('reports a changed document', async () => {
    const packet = await build();
    const edited = { ...samples.canary, latencyMs: { p50: 901, p95: 2400, max: 3100 } };
    const given = documents.map((doc, index) => (evidence[index] === samples.canary ? asText(edited) : doc));
    const result = await verifyPacket(packet, given);
    expect(result.ok).toBe(false);
    expect(result.changed).toEqual([
      {
        kind: 'provider-canary-evidence',
        id: 'provider-canary-1',
        expected: await digestOf(samples.canary),
        actual: await digestOf(edited),
      },
    ]);
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.packetDigestOk).toBe(true);
    expect(result.readinessMatches).toBe(false);
    expect(result.reasons.map((reason) => reason.code)).toContain('document-changed');
  });

  it('reports a missing document', async () => {
    const result = await verifyPacket(
      await build(),
      documents.filter((_, index) => evidence[index] !== samples.rotation),
    );
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual([
      { kind: 'secret-rotation-receipt', id: 'secret-rotation-1', digest: await digestOf(samples.rotation) },
    ]);
    expect(result.changed).toEqual([]);
    expect(result.extra).toEqual([]);
  });

  it('reports an extra document', async () => {
    const second = { ...samples.source, id: 'source-status-2' };
    const result = await verifyPacket(await build(), [...documents, asText(second)]);
    expect(result.ok).toBe(false);
    expect(result.extra).toEqual([{ kind: 'release-status', id: 'source-status-2', digest: await digestOf(second) }]);
    expect(result.missing).toEqual([]);
    expect(result.changed).toEqual([]);
  });

  it('reports an edited packetDigest', async () => {
    const forged = await tamper(
      await build(),
      (copy) => {
        copy.packetDigest = `sha256:${'0'.repeat(64)}`;
      },
      false,
    );
    const result = await verifyPacket(forged, documents);
    expect(result).toMatchObject({ ok: false, packetDigestOk: false, readinessMatches: true });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['packet-digest-mismatch']);
  });

  it('reports an edited artifact list', async () => {
    const forged = await tamper(
      await build(),
      (copy) => {
        (copy.artifacts[0] as ReleasePacket['artifacts'][number]).class = 'secret-rotation';
      },
      true,
    );
    const result = await verifyPacket(forged, documents);
    expect(result.ok).toBe(false);
    expect(result.reasons.map((reason) => reason.code)).toEqual(['artifacts-mismatch']);
  });

  it('never repeats an identifier planted in the packet, even one the re-run reports missing', async () => {
    const uuid = crypto.randomUUID();
    const forged = await tamper(
      await build(),
      (copy) => {
        for (const input of copy.readiness.inputs) if (input.kind === 'release-status') input.id = uuid;
      },
      true,
    );
    const result = await verifyPacket(forged, documents);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(uuid);
    expect(result.reasons).toContainEqual(
      problem('packet-privacy', { class: 'identity', at: '/readiness/inputs/4/id' }, '/readiness/inputs/4/id'),
    );
  });

  it('refuses packet text with a duplicate member, which parsing alone would hide', async () => {
    const text = JSON.stringify(await build());
    const duplicated = text.replace('"verdict":', '"verdict":"blocked","verdict":');
    const result = await verifyPacket(duplicated, documents);
    expect(result.ok).toBe(false);
    expect(result.reasons.map((reason) => renderProblem(reason))).toContain(
      'the packet is not a valid release-packet: duplicate-key at /readiness/verdict',
    );
    expect((await verifyPacket(text, documents)).ok).toBe(true);
  });

  it('reports a malformed packet instead of throwing', async () => {
    for (const packet of [null, 'packet', [], {}, { kind: 'release-packet' }]) {
      const result = await verifyPacket(packet, documents);
      expect(result.ok).toBe(false);
      expect(result.reasons[0]?.code).toBe('packet-invalid');
    }
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reverseKeys(member)]),
  );
}

describe('verifyPacket on a packet with many problems', () => {
  it('lists the first 20 and counts the rest in one more reason', async () => {
    const packet = await build();
    const addresses = Array.from({ length: 30 }, (_, index) => `person${index}${'@'}example.com`);
    const { reasons } = await verifyPacket({ ...packet, extensions: { 'x-notes': addresses } }, documents);
    expect(reasons).toHaveLength(21);
    const last = reasons.at(-1);
    expect(last).toEqual(problem('packet-invalid', { more: Number(last?.args.more) }));
    expect(renderProblem(last as (typeof reasons)[number])).toMatch(/^and [0-9]+ more problems$/);
  });
});

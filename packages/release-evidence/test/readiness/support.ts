// Shared test data: the shipped acceptance fixture is the passing baseline every scenario starts from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateReadiness, type Policy, type ReadinessOutcome, type ReleaseCandidate } from '../../src/index.js';

export const FIXTURE_PATH = fileURLToPath(
  new URL('../../fixtures/ops-release-evidence.core-fixture.json', import.meta.url),
);

// biome-ignore lint/suspicious/noExplicitAny: test documents are mutated freely, including into invalid shapes.
export type Doc = Record<string, any>;

export interface EvidenceSet {
  candidate: Doc;
  documents: Doc[];
  /** Inputs that are not documents at all (raw text), e.g. unparsable files. */
  rawTexts: string[];
  now: string;
  policy?: Policy;
}

export function loadFixture(): Doc {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8'));
}

export function baseline(): EvidenceSet {
  const fixture = loadFixture();
  return {
    candidate: fixture.release,
    documents: fixture.artifacts.map((artifact: Doc) => artifact.document),
    rawTexts: [],
    now: fixture.now,
  };
}

export function evaluate(set: EvidenceSet): Promise<ReadinessOutcome> {
  return evaluateReadiness({
    candidate: set.candidate as ReleaseCandidate,
    documents: [...set.documents.map((value) => ({ value })), ...set.rawTexts.map((text) => ({ text }))],
    policy: set.policy,
    now: set.now,
  });
}

/** The documents that serve a gate, by kind and stage (§4). */
export const GATE_SELECTORS: Record<string, { kind: string; stage?: string }> = {
  'source-known': { kind: 'release-status', stage: 'source' },
  'staging-runtime': { kind: 'release-status', stage: 'staging' },
  'secret-rotation': { kind: 'secret-rotation-receipt' },
  'production-resources': { kind: 'production-resource-ready' },
  'operator-approval': { kind: 'operator-assisted-production' },
  'provider-canary': { kind: 'provider-canary-evidence' },
  'image-safety': { kind: 'image-safety-canary-evidence' },
  'production-cutover': { kind: 'release-status', stage: 'production' },
};

export function servesGate(doc: Doc, gate: string): boolean {
  const selector = GATE_SELECTORS[gate];
  return (
    selector !== undefined &&
    doc.kind === selector.kind &&
    (selector.stage === undefined || doc.stage === selector.stage)
  );
}

export function docOf(set: EvidenceSet, gate: string): Doc {
  const doc = set.documents.find((candidate) => servesGate(candidate, gate));
  if (doc === undefined) throw new Error(`baseline has no document for ${gate}`);
  return doc;
}

export function dropGate(set: EvidenceSet, gate: string): void {
  set.documents = set.documents.filter((doc) => !servesGate(doc, gate));
}

export function addDeferral(set: EvidenceSet, gate: string, expiresAt: string, id = 'DEFER-1'): void {
  set.candidate.acceptedDeferrals = [
    ...(set.candidate.acceptedDeferrals ?? []),
    { id, gate, reference: 'ops-review/2026-11-deferrals#item', expiresAt },
  ];
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** Moves every timestamp in a document by the same amount, so its consistency rules still hold. */
export function shiftTimes<T>(value: T, hours: number): T {
  if (typeof value === 'string' && TIMESTAMP.test(value)) {
    return new Date(Date.parse(value) + hours * 3_600_000).toISOString().replace('.000Z', 'Z') as T;
  }
  if (Array.isArray(value)) return value.map((item) => shiftTimes(item, hours)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, shiftTimes(member, hours)])) as T;
  }
  return value;
}

export function replaceDoc(set: EvidenceSet, old: Doc, replacement: Doc): void {
  set.documents = set.documents.map((doc) => (doc === old ? replacement : doc));
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomAlnum(length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += ALNUM[Math.floor(Math.random() * ALNUM.length)];
  return text;
}

/** A GitHub-token-shaped secret, assembled at run time so no token-shaped literal is ever committed. */
export function leakyToken(): string {
  return `${'gh'}${'p_'}${randomAlnum(36)}`;
}

/** Puts a leak where the schema allows anything: the extensions object, which the scanner still reads. */
export function addLeak(doc: Doc, leak = leakyToken()): string {
  doc.extensions = { ...(doc.extensions ?? {}), 'x-note': `rotated with ${leak}` };
  return leak;
}

export const OTHER_SHA = 'a'.repeat(8) + 'b'.repeat(32);

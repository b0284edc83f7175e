import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReadiness, type ReleaseCandidate } from '../../src/index.js';
import { canonicalJson } from '../../src/json/index.js';
import { addDeferral, addLeak, baseline, docOf, type EvidenceSet, OTHER_SHA } from './support.js';

/** A busy evidence set: superseded, mismatched, leaky and unparsable inputs, and deferrals. */
function busySet(): EvidenceSet {
  const set = baseline();
  const older = structuredClone(docOf(set, 'source-known'));
  older.id = 'source-ci-first';
  older.generatedAt = '2026-11-20T07:30:00Z';
  const mismatched = structuredClone(docOf(set, 'staging-runtime'));
  mismatched.subject.commitSha = OTHER_SHA;
  const twin = structuredClone(docOf(set, 'provider-canary'));
  twin.id = 'provider-canary-twin';
  const leaky = structuredClone(docOf(set, 'image-safety'));
  leaky.id = 'image-safety-leaky';
  addLeak(leaky);
  set.documents.push(older, mismatched, twin, leaky);
  set.rawTexts.push('{ not json', '');
  addDeferral(set, 'provider-canary', '2026-12-01T00:00:00Z', 'DEFER-2');
  addDeferral(set, 'no-such-gate', '2026-12-01T00:00:00Z', 'DEFER-1');
  return set;
}

/** Reverses member order at every depth: a different text of the same JSON value. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, member]) => [key, reordered(member)]),
    );
  }
  return value;
}

function texts(set: EvidenceSet, variant: number): string[] {
  return [
    ...set.documents.map((doc) =>
      variant % 2 === 0 ? JSON.stringify(doc) : JSON.stringify(reordered(doc), null, variant % 3 === 0 ? 2 : '\t'),
    ),
    ...set.rawTexts,
  ];
}

async function output(set: EvidenceSet, inputs: readonly string[]): Promise<string> {
  const { readiness } = await evaluateReadiness({
    candidate: set.candidate as ReleaseCandidate,
    documents: inputs.map((text) => ({ text })),
    now: set.now,
  });
  return canonicalJson(readiness);
}

describe('determinism', () => {
  it('gives byte-identical output for any input order and any text of the same documents', async () => {
    const set = busySet();
    const reference = await output(set, texts(set, 0));
    expect(reference).toContain('"verdict":"blocked"');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5 }), fc.func(fc.integer()), async (variant, rank) => {
        const inputs = texts(set, variant);
        const shuffled = inputs
          .map((text, index) => ({ text, key: rank(index) }))
          .sort((a, b) => a.key - b.key)
          .map((entry) => entry.text);
        expect(await output(set, shuffled)).toBe(reference);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same bytes for parsed values as for their text', async () => {
    const set = busySet();
    const fromText = await output(set, texts(set, 3));
    const { readiness } = await evaluateReadiness({
      candidate: set.candidate as ReleaseCandidate,
      documents: [...set.documents.map((value) => ({ value })), ...set.rawTexts.map((text) => ({ text }))],
      now: set.now,
    });
    expect(canonicalJson(readiness)).toBe(fromText);
  });

  it('holds no file paths and no hidden clock: the same inputs twice give the same bytes', async () => {
    const set = busySet();
    const first = await output(set, texts(set, 1));
    const second = await output(set, texts(set, 1));
    expect(second).toBe(first);
    expect(first).not.toMatch(/\.json|\/tmp\//);
  });
});

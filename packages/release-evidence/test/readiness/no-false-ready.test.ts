import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAIL_MUTATIONS } from './matrix.js';
import { readyIsJustified } from './oracle.js';
import { addLeak, baseline, type Doc, evaluate, GATE_SELECTORS, OTHER_SHA, servesGate, shiftTimes } from './support.js';

function gateOfDoc(doc: Doc): string {
  return Object.keys(GATE_SELECTORS).find((gate) => servesGate(doc, gate)) ?? '';
}

/** Mutations that may or may not spoil a document; readiness must notice whenever they do. */
const MUTATIONS: Record<string, (doc: Doc, hours: number) => Doc> = {
  shift: (doc, hours) => shiftTimes(doc, hours),
  commit: (doc) => ({ ...doc, subject: { ...doc.subject, commitSha: OTHER_SHA } }),
  branch: (doc) => ({ ...doc, subject: { ...doc.subject, branch: 'feature/other' } }),
  repository: (doc) => ({ ...doc, subject: { ...doc.subject, repository: 'example-org/other' } }),
  fail: (doc) => {
    const copy = structuredClone(doc);
    FAIL_MUTATIONS[gateOfDoc(doc)]?.(copy);
    return copy;
  },
  leak: (doc) => {
    const copy = structuredClone(doc);
    addLeak(copy);
    return copy;
  },
  unknownField: (doc) => ({ ...doc, reviewedBy: 'release-team' }),
  staging: (doc) => ({ ...doc, ...(doc.environment ? { environment: 'staging' } : {}) }),
  expireApproval: (doc) => {
    if (!doc.approvals) return doc;
    const copy = structuredClone(doc);
    for (const entry of copy.approvals) entry.expiresAt = shiftTimes(entry.decidedAt, 0.5);
    return copy;
  },
};

const mutation = fc.record({
  target: fc.nat(),
  op: fc.constantFrom(...Object.keys(MUTATIONS)),
  hours: fc.integer({ min: -24 * 100, max: 72 }),
  // A mutated copy may join the set next to the original instead of replacing it.
  asCopy: fc.boolean(),
});

describe('no false ready', () => {
  it('never says ready unless every required gate has valid, matched, fresh, passing evidence', async () => {
    let ready = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(null), fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 5 })),
        fc.array(mutation, { maxLength: 3 }),
        async (subset, mutations) => {
          const set = baseline();
          if (subset !== null) set.documents = subset.map((index) => set.documents[index] as Doc);
          mutations.forEach((entry, step) => {
            const index = entry.target % set.documents.length;
            const original = set.documents[index] as Doc;
            const mutated = MUTATIONS[entry.op]?.(original, entry.hours) ?? original;
            if (entry.asCopy) set.documents.push({ ...mutated, id: `${mutated.id}-copy-${step}` });
            else set.documents[index] = mutated;
          });
          const { readiness, checks } = await evaluate(set);
          runs += 1;
          if (readiness.verdict === 'ready') {
            ready += 1;
            expect(
              readyIsJustified(
                set,
                checks.map((check) => check.ok),
              ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property is only meaningful when some runs do reach ready.
    expect(ready).toBeGreaterThan(runs / 20);
  });
});

import { describe, expect, it } from 'vitest';
import { addLeak, baseline, docOf, evaluate } from '../../test/readiness/support.js';
import { evaluateReadiness, type ReleaseCandidate, validateDocument } from '../index.js';
import { canonicalJson } from '../json/index.js';

describe('the release-readiness document', () => {
  it('validates as release-readiness and follows §7', async () => {
    const set = baseline();
    const { readiness } = await evaluate(set);
    const result = validateDocument(readiness, { expectKind: 'release-readiness' });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(readiness.id).toBe(`readiness-${set.candidate.id}`);
    expect(readiness.generatedAt).toBe(set.now);
    expect(readiness.subject).toEqual(set.candidate.subject);
    expect(readiness.gates.map((gate) => gate.gate)).toEqual([
      'source-known',
      'staging-runtime',
      'secret-rotation',
      'production-resources',
      'operator-approval',
      'provider-canary',
      'image-safety',
      'production-cutover',
    ]);
    expect(readiness.summary).toEqual({ pass: 8, fail: 0, stale: 0, mismatch: 0, missing: 0, invalid: 0, deferred: 0 });
    expect(readiness.inputs).toHaveLength(set.documents.length);
    expect(readiness.policy.requiredGates).not.toContain('production-cutover');
    expect(readiness.policy.requiredGates).toContain('operator-approval');
  });

  it('still validates when blocked, with invalid and unparsable inputs', async () => {
    const set = baseline();
    addLeak(docOf(set, 'image-safety'));
    set.rawTexts.push('{ not json');
    const { readiness, checks } = await evaluate(set);
    expect(readiness.verdict).toBe('blocked');
    expect(checks.filter((check) => !check.ok)).toHaveLength(2);
    expect(validateDocument(readiness, { expectKind: 'release-readiness' }).errors).toEqual([]);
  });

  it('never repeats a leaked value, even when the leak is the document id', async () => {
    const set = baseline();
    const leak = addLeak(docOf(set, 'provider-canary'));
    const staging = docOf(set, 'staging-runtime');
    const idLeak = crypto.randomUUID();
    staging.id = idLeak;
    const { readiness } = await evaluate(set);
    const text = canonicalJson(readiness);
    expect(text).not.toContain(leak);
    expect(text).not.toContain(idLeak);
    expect(readiness.verdict).toBe('blocked');
  });

  it('lists superseded documents and chooses the larger digest on a tie', async () => {
    const set = baseline();
    const twin = structuredClone(docOf(set, 'provider-canary'));
    twin.id = 'provider-canary-twin';
    set.documents.push(twin);
    const { readiness } = await evaluate(set);
    const gate = readiness.gates.find((entry) => entry.gate === 'provider-canary');
    const digests = readiness.inputs.filter((input) => input.kind === 'provider-canary-evidence').map((i) => i.digest);
    expect(gate?.evidence?.digest).toBe([...digests].sort().at(-1));
    expect(gate?.superseded.map((entry) => entry.digest)).toEqual([[...digests].sort()[0]]);
  });

  it('never throws on hostile inputs, and every one of them blocks', async () => {
    const set = baseline();
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const hostile = [
      null,
      42,
      'text',
      [],
      { kind: 'release-status', subject: 'x', generatedAt: 7 },
      { kind: 'release-status', stage: 'source', subject: set.candidate.subject },
    ];
    const { readiness, checks } = await evaluateReadiness({
      candidate: set.candidate as ReleaseCandidate,
      documents: [
        ...set.documents.map((value) => ({ value })),
        ...hostile.map((value) => ({ value })),
        { text: deep },
        {},
      ],
      now: set.now,
    });
    expect(readiness.verdict).toBe('blocked');
    expect(checks.filter((check) => !check.ok)).toHaveLength(hostile.length + 2);
    // The undated source status sorts as the oldest: it is superseded, and still blocks.
    const source = readiness.gates.find((gate) => gate.gate === 'source-known');
    expect(source?.status).toBe('pass');
    expect(source?.superseded.map((entry) => entry.id)).toEqual(['redacted']);
    expect(validateDocument(readiness, { expectKind: 'release-readiness' }).errors).toEqual([]);
  });

  it('rejects a `now` that is not a timestamp', async () => {
    const set = baseline();
    set.now = 'yesterday';
    await expect(evaluate(set)).rejects.toThrow(TypeError);
  });
});

describe('evaluateReadiness refuses a candidate that is not valid', () => {
  it('throws a refusal naming the codes instead of failing inside a gate', async () => {
    const set = baseline();
    const { expectedResources: _dropped, ...candidate } = set.candidate;
    await expect(
      evaluateReadiness({ candidate: candidate as ReleaseCandidate, documents: [], now: set.now }),
    ).rejects.toThrow('candidate is not a valid release-candidate (required)');
  });
});

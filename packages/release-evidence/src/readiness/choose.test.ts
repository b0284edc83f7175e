import { describe, expect, it } from 'vitest';
import { baseline, docOf, evaluate } from '../../test/readiness/support.js';
import { digestOf } from '../json/index.js';

describe('newest wins (§6 step 4)', () => {
  it('compares generatedAt below the millisecond before falling back to the digest', async () => {
    let olderHadLargerDigest = false;
    for (let variant = 0; variant < 8; variant++) {
      const set = baseline();
      const passing = docOf(set, 'image-safety');
      passing.generatedAt = '2026-11-20T10:40:00.000100Z';
      // Newer by 800 ns: the same millisecond, so only the fraction tells the two apart.
      const failing = structuredClone(passing);
      failing.id = `image-safety-rerun-${variant}`;
      failing.generatedAt = '2026-11-20T10:40:00.000900Z';
      failing.samples.unsafeBlocked = 0;
      failing.verdict = 'fail';
      set.documents.push(failing);
      olderHadLargerDigest ||= (await digestOf(passing)) > (await digestOf(failing));
      const { readiness } = await evaluate(set);
      const gate = readiness.gates.find((entry) => entry.gate === 'image-safety');
      expect(gate?.evidence?.id).toBe(failing.id);
      expect(readiness.verdict).toBe('blocked');
    }
    // At least one variant must be one where the digest tie-break alone would pick the older document.
    expect(olderHadLargerDigest).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDocument, scanText } from '../../src/privacy/index.js';

// Spec §8: scanning is linear. These runs finish; bench/scan.mjs prints how long each takes.
const RUN_LENGTH = 400_000;
const UNITS = ['a', 'sk-', 'eyJ.', '/', 'a@', '0a-'];

const runOf = (unit: string) => unit.repeat(Math.ceil(RUN_LENGTH / unit.length)).slice(0, RUN_LENGTH);

describe('adversarial runs of 400,000 characters', () => {
  for (const unit of UNITS) {
    it(`finishes on a run of ${JSON.stringify(unit)} as raw text and as a string value`, () => {
      const run = runOf(unit);
      expect(scanText(run).error).toBeDefined();
      const document = JSON.stringify({ kind: 'release-status', checks: [{ name: 'x', detail: run }] });
      const result = scanText(document);
      expect(result.error).toBeUndefined();
      // Whatever is found is reported without the run itself.
      expect(JSON.stringify(result).length).toBeLessThan(10_000);
      expect(checkDocument(document).ok).toBe(false);
    });
  }
});

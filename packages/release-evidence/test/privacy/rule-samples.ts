import { describe, expect, it } from 'vitest';
import { createScanner, type Rule, type Sample } from '../../src/privacy/index.js';
import { ASSIGNMENT_FORMS } from '../../src/privacy/rules/sample.js';

// The tests of one rules file (src/privacy/rules/<file>.test.ts), generated from each rule's own samples under the
// rule's id (gitleaks-style tps / fps). The scanner is the whole default catalogue, as users run it.
const scanner = createScanner();

/** The ways a sample is scanned: a string sample as a string value and as raw text, a document as it is. */
function textsOf(sample: Sample): { how: string; text: string }[] {
  if (typeof sample !== 'string') return [{ how: 'document', text: JSON.stringify(sample.document, null, 2) }];
  return [
    { how: 'string value', text: JSON.stringify({ note: sample }) },
    { how: 'raw text', text: `# ${sample}` },
  ];
}

const rulesFound = (text: string) => scanner.scanText(text).findings.map((finding) => finding.rule);

/** One `describe` per rule of the list: its true positives are found, its false positives are not. */
export const describeRuleSamples = (rules: readonly Rule[]) =>
  describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it('has true positives and false positives', () => {
      expect(rule.tps.length).toBeGreaterThan(0);
      expect(rule.fps.length).toBeGreaterThan(0);
    });

    rule.tps.forEach((sample, index) => {
      it(`finds true positive ${index + 1}`, () => {
        for (const { how, text } of textsOf(sample)) {
          if (how === 'raw text' && rule.detect) continue;
          expect(rulesFound(text), how).toContain(id);
        }
      });
    });

    rule.fps.forEach((sample, index) => {
      it(`ignores false positive ${index + 1}`, () => {
        for (const { how, text } of textsOf(sample)) expect(rulesFound(text), how).not.toContain(id);
      });
    });

    if (rule.redactPrefix && rule.class === 'credential') {
      it('finds its true positives in every assignment form', () => {
        for (const sample of rule.tps.filter((tp) => typeof tp === 'string')) {
          for (const { form, write } of ASSIGNMENT_FORMS) {
            expect(rulesFound(JSON.stringify({ note: write(sample) })), form).toContain(id);
          }
        }
      });
    }
  });

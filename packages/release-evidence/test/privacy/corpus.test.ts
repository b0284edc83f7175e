import { describe, expect, it } from 'vitest';
import { checkDocument, type Finding, PRIVACY_CLASSES, scanText } from '../../src/privacy/index.js';
import { buildCorpus, ENCODINGS, PLACEMENTS, type PositiveCase } from './corpus.mjs';

const { positives, negatives } = buildCorpus();

/** A case is caught when its class is found, nothing outside its classes is, and a shadowed member is marked so. */
function judge(testCase: PositiveCase, findings: readonly Finding[]): string | undefined {
  if (!findings.some((finding) => finding.class === testCase.classes[0])) return 'missed';
  const stray = findings.find((finding) => !testCase.classes.includes(finding.class));
  if (stray) return `unexpected ${stray.class} finding (${stray.rule})`;
  if (testCase.placement === 'shadowed' && !findings.some((finding) => finding.shadowed)) return 'not marked shadowed';
  return undefined;
}

function leaks(testCase: PositiveCase, output: string): boolean {
  return testCase.planted.some((value) => value.length >= 8 && output.includes(value));
}

describe('the labelled corpus', () => {
  it('is a matrix large enough to mean something', () => {
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(negatives.length).toBeGreaterThanOrEqual(100);
    expect(new Set(positives.map((c) => c.classes[0]))).toEqual(new Set(PRIVACY_CLASSES));
    expect(new Set(positives.map((c) => c.encoding))).toEqual(new Set(ENCODINGS));
    for (const placement of PLACEMENTS) expect(positives.some((c) => c.placement === placement)).toBe(true);
    expect(new Set(positives.map((c) => c.id)).size).toBe(positives.length);
  });

  it('is deterministic', () => {
    expect(buildCorpus()).toEqual(buildCorpus());
  });

  it('scanText catches every positive (100% recall and precision)', () => {
    const failures = positives.flatMap((c) => {
      const problem = judge(c, scanText(c.text).findings);
      return problem ? [`${c.id}: ${problem}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it('checkDocument catches every positive and fails the document', () => {
    const failures = positives.flatMap((c) => {
      const check = checkDocument(c.text);
      const problem = check.ok ? 'document passed' : judge(c, check.findings);
      return problem ? [`${c.id}: ${problem}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it('flags no public-safe negative, and each negative is a valid document', () => {
    const failures = negatives.flatMap((c) => {
      const scan = scanText(c.text);
      const check = checkDocument(c.text);
      const problems = [
        ...scan.findings.map((finding) => `scan ${finding.rule}`),
        ...check.findings.map((finding) => `check ${finding.rule}`),
        ...check.errors.map((error) => `invalid ${error.code} ${error.pointer}`),
      ];
      return problems.length > 0 ? [`${c.id}: ${problems.join(', ')}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it('no finding or validation error repeats a planted value', () => {
    const leaked = positives.filter((c) => {
      const { value: _value, ...check } = checkDocument(c.text);
      return leaks(c, JSON.stringify(scanText(c.text))) || leaks(c, JSON.stringify(check));
    });
    expect(leaked.map((c) => c.id)).toEqual([]);
  });
});

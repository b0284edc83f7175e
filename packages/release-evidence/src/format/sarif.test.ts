import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../test/privacy/corpus.mjs';
import { makeFinding, RULES, scanText } from '../privacy/index.js';
import { toSarif } from './index.js';

const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/sarif-schema-2.1.0.json');
// The official OASIS SARIF 2.1.0 schema (draft-07), shipped as a fixture.
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const validateSarif = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile(
  schema,
);

const { positives } = buildCorpus();
const sample = positives.filter((_, index) => index % 7 === 0);
const inputs = sample.map((c, index) => ({ path: `evidence/case-${index}.json`, findings: scanText(c.text).findings }));

describe('toSarif', () => {
  const log = toSarif(inputs, '0.1.0') as {
    runs: { tool: { driver: { rules: Record<string, unknown>[] } }; results: Record<string, unknown>[] }[];
  };
  const run = log.runs[0];

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(validateSarif(toSarif([]))).toBe(true);
    // The schema does reject a malformed log, so the checks above mean something.
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('describes every rule for GitHub code scanning', () => {
    expect(run?.tool.driver.rules).toHaveLength(RULES.length);
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule).toMatchObject({
        shortDescription: { text: expect.any(String) },
        fullDescription: { text: expect.any(String) },
        help: { text: expect.any(String) },
        helpUri: expect.stringMatching(/docs\/privacy\.md#[a-z0-9-]+$/),
      });
    }
    // Rule metadata comes from the catalogue: the title, the docs anchor of the rule, the class as a tag.
    RULES.forEach((rule, index) => {
      const sarifRule = run?.tool.driver.rules[index] as {
        shortDescription: { text: string };
        helpUri: string;
        properties: { tags: string[] };
      };
      expect(sarifRule.shortDescription.text).toBe(rule.title);
      expect(sarifRule.helpUri.endsWith(`#${rule.id}`)).toBe(true);
      expect(sarifRule.properties.tags).toContain(rule.class);
    });
  });

  it('gives each result a message, a region and a fingerprint not derived from the secret', () => {
    const results = run?.results ?? [];
    expect(results.length).toBe(inputs.reduce((sum, input) => sum + input.findings.length, 0));
    for (const result of results) {
      expect(result).toMatchObject({
        message: { text: expect.any(String) },
        locations: [{ physicalLocation: { artifactLocation: { uri: expect.stringMatching(/^evidence\//) } } }],
        partialFingerprints: { 'releaseEvidenceFinding/v1': expect.stringMatching(/^[0-9a-f]{16}$/) },
      });
    }
    // The same finding at the same place keeps its fingerprint whatever the secret value or its redaction.
    const [first] = inputs.filter((input) => input.findings.length > 0);
    const finding = first?.findings[0];
    if (!first || !finding) throw new Error('the sample has findings');
    const fingerprintOf = (redacted: string) =>
      (toSarif([{ path: first.path, findings: [makeFinding({ ...finding, redacted })] }]) as typeof log).runs[0]
        ?.results[0]?.partialFingerprints;
    expect(fingerprintOf('[redacted]')).toEqual(fingerprintOf('ghp_…'));
  });

  it('never contains a planted value', () => {
    const text = JSON.stringify(log);
    const leaked = sample.filter((c) => c.planted.some((value) => value.length >= 8 && text.includes(value)));
    expect(leaked.map((c) => c.id)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCorpus, createRandom, releaseStatus } from '../../test/privacy/corpus.mjs';
import { validateDocument } from '../contract/index.js';
import { checkDocument, scanText } from './index.js';

const r = createRandom(5);
const sha = r.hex(40);

describe('checkDocument', () => {
  it('walks text once yet finds exactly what validateDocument and scanText find apart', () => {
    const { positives, negatives } = buildCorpus();
    const texts = [...positives, ...negatives].map((c: { text: string }) => c.text);
    texts.push('{"a": 1', '\ufeff{}', '', '[1]', `{"kind":"release-status","kind":"x"}`);
    for (const text of texts) {
      const check = checkDocument(text);
      const findings = scanText(text).findings;
      expect(check.findings).toEqual(findings);
      if (findings.every((finding) => !finding.pointer.includes('~redacted'))) {
        expect(check.errors).toEqual(validateDocument(text).errors);
      }
    }
  });

  it('is ok only when the document is valid and clean', () => {
    const clean = releaseStatus({ sha });
    expect(checkDocument(JSON.stringify(clean))).toMatchObject({ ok: true, errors: [], findings: [] });
    const dirty = releaseStatus({ sha, check: { detail: `${r.lower(6)}@example.com` } });
    const check = checkDocument(JSON.stringify(dirty));
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual([]);
    expect(check.findings.map((f) => f.class)).toEqual(['identity']);
  });

  it('scans values as JSON.stringify(value, null, 2)', () => {
    const value = releaseStatus({ sha, check: { detail: 'http://localhost:8787/' } });
    const check = checkDocument(value);
    expect(check.kind).toBe('release-status');
    const line =
      JSON.stringify(value, null, 2)
        .split('\n')
        .findIndex((text) => text.includes('localhost')) + 1;
    expect(check.findings).toMatchObject([{ rule: 'url-private-host', line }]);
  });

  it('hides a member name that is a finding in validation pointers and messages', () => {
    const token = `s${'k_live_'}${r.mixed(24)}`;
    // An unknown member whose name is a secret: validation reports it, the pointer must not repeat it.
    const doc = { ...releaseStatus({ sha }), [token]: true };
    const check = checkDocument(JSON.stringify(doc));
    expect(check.errors.map((e) => [e.code, e.pointer])).toEqual([['unknown-field', '/~redacted']]);
    expect(check.findings.map((f) => f.pointer)).toEqual(['/~redacted']);
    const { value: _value, ...output } = check;
    expect(JSON.stringify(output)).not.toContain(token);
  });

  it('reports unparsable text as an error and still scans it', () => {
    const check = checkDocument(`{"note": "${`gh${'p_'}${r.mixed(36)}`}"`);
    expect(check.ok).toBe(false);
    expect(check.errors[0]?.code).toBe('json-syntax');
    expect(check.findings.map((f) => f.rule)).toEqual(['github-token']);
  });
});

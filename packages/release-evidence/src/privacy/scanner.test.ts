import { describe, expect, it } from 'vitest';
import { createRandom, releaseStatus, rotationReceipt } from '../../test/privacy/corpus.mjs';
import { toSarif } from '../format/index.js';
import { checkDocument, createScanner, RULES, type Rule, scanText } from './index.js';

const r = createRandom(31);
const sha = r.hex(40);
const json = (value: unknown) => JSON.stringify(value, null, 2);
const token = () => `gh${'p_'}${r.mixed(36)}`;

describe('withheld', () => {
  it('lists every string that carried a finding, its raw form and the matched part, sorted, never serialised', () => {
    const inText = token();
    const asKey = token();
    const escaped = token();
    const text = `{"note": "see ${inText} now", "extensions": {"x-a": {"${asKey}": 1}}, "e": "\\u0067${escaped.slice(1)}"}`;
    const result = scanText(text);
    const expected = [`see ${inText} now`, inText, asKey, escaped, `\\u0067${escaped.slice(1)}`].sort();
    expect(result.withheld).toEqual(expected);
    const check = checkDocument(text);
    expect(check.withheld).toEqual(expected);
    // The check's `value` is the parsed document itself; everything else of it is serialisable.
    const { value: _document, ...checkRest } = check;
    for (const output of [JSON.stringify(result), JSON.stringify(checkRest), JSON.stringify({ ...result })]) {
      for (const value of expected) expect(output).not.toContain(value);
    }
    const { withheld } = result;
    expect(withheld).toBe(result.withheld);
  });

  it('withholds nothing for a clean document, and not the public member name of a context finding', () => {
    expect(scanText(json(releaseStatus({ sha }))).withheld).toEqual([]);
    const doc = releaseStatus({ sha, extensions: { 'x-actor': { userId: 1234567 } } });
    expect(scanText(json(doc)).findings.map((f) => f.rule)).toEqual(['identity-key']);
    expect(scanText(json(doc)).withheld).toEqual([]);
  });

  it('lists the lines of text that is not JSON', () => {
    const secret = token();
    expect(scanText(`plain ${secret}\nok`).withheld).toEqual([`plain ${secret}`, secret].sort());
  });
});

describe('createScanner', () => {
  it('runs the catalogue it is given, with caches of its own', () => {
    const marker: Rule = {
      id: 'acme-ticket',
      class: 'provider',
      title: 'Acme ticket id',
      description: 'An Acme support ticket id.',
      keywords: ['ACME-'],
      redactPrefix: true,
      pattern: /\bACME-[0-9]{6}\b/,
      tps: ['ACME-123456'],
      fps: ['ACME-12'],
    };
    const custom = createScanner({ rules: [...RULES, marker] });
    const text = json({ note: 'ticket ACME-123456' });
    expect(custom.scanText(text).findings.map((f) => [f.rule, f.redacted])).toEqual([['acme-ticket', 'ACME-…']]);
    expect(createScanner().scanText(text).findings).toEqual([]);
    expect(scanText(text).findings).toEqual([]);
    expect(custom.checkDocument(text).findings).toHaveLength(1);
    const sarif = toSarif([{ path: 'a.json', findings: custom.scanText(text).findings }], '1', custom.rules) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleIndex: number }[] }[];
    };
    expect(sarif.runs[0]?.tool.driver.rules.at(-1)?.id).toBe('acme-ticket');
    expect(sarif.runs[0]?.results[0]?.ruleIndex).toBe(RULES.length);
  });

  it('keeps finding with every rule after a custom rule threw once', () => {
    let calls = 0;
    const flaky: Rule = {
      id: 'flaky-custom',
      class: 'provider',
      title: 'A custom rule whose filter throws once',
      description: 'Throws on its first match only.',
      keywords: ['zzcustom'],
      pattern: /zzcustom[0-9]/,
      accept: () => {
        calls += 1;
        if (calls === 1) throw new Error('custom rule failed');
        return false;
      },
      tps: [],
      fps: [],
    };
    const scanner = createScanner({ rules: [...RULES, flaky] });
    expect(() => scanner.scanText(json({ note: `zzcustom1 ${token()}` }))).toThrow('custom rule failed');
    expect(scanner.scanText(json({ note: token() })).findings.map((f) => f.rule)).toEqual(['github-token']);
  });

  it('gives the same findings as the default functions', () => {
    const text = json(releaseStatus({ sha, check: { detail: `x ${token()} ${r.lower(5)}@example.com` } }));
    expect(createScanner().scanText(text)).toEqual(scanText(text));
  });
});

describe('coverage of amended §8', () => {
  const rulesOf = (value: unknown) => scanText(json(value)).findings.map((f) => f.rule);

  it('finds loopback and private hosts in every form a URL parser reads', () => {
    for (const url of ['http://2130706433/', 'http://0x7f000001/', 'http://127.1/', 'http://[::ffff:127.0.0.1]/']) {
      expect(rulesOf({ note: url }), url).toContain('url-private-host');
    }
    expect(rulesOf({ note: 'http://localhost./' })).toContain('url-private-host');
    expect(rulesOf({ note: 'https://1.1.1.1/' })).not.toContain('url-private-host');
  });

  it('removes U+061C and other invisible format characters before matching', () => {
    const secret = token();
    for (const mark of ['\u061c', '\u2066', '\ufe0f', '\u034f', '\u3164', '\u{e0041}']) {
      const split = `${secret.slice(0, 6)}${mark}${secret.slice(6)}`;
      expect(rulesOf({ note: split }), JSON.stringify(mark)).toContain('github-token');
    }
  });

  it('exempts only the document’s own commit SHA: a commitSha inside extensions exempts nothing', () => {
    const fingerprint = r.hex(40);
    const receipt = rotationReceipt({ sha, extensions: { 'x-audit': { commitSha: fingerprint } } });
    expect(scanText(json(receipt)).findings.map((f) => f.rule)).toContain('receipt-hex-fingerprint');
    const own = rotationReceipt({ sha, extensions: { 'x-audit': { note: `built from ${sha}` } } });
    expect(scanText(json(own)).findings).toEqual([]);
  });

  it('judges fingerprint keys next to secret names in any document, not only in receipts', () => {
    const doc = releaseStatus({ sha, extensions: { 'x-rotation': { name: 'DEPLOY_TOKEN', last4: r.digits(4) } } });
    expect(rulesOf(doc)).toEqual(['secret-fingerprint-key']);
  });

  it('finds values nested below a secret key and keys without separators', () => {
    expect(rulesOf(releaseStatus({ sha, extensions: { 'x-db': { credentials: { value: r.lower(12) } } } }))).toEqual([
      'secret-key-value',
    ]);
    for (const key of ['accesstoken', 'GITHUBTOKEN']) {
      expect(rulesOf(releaseStatus({ sha, extensions: { 'x-ci': { [key]: r.lower(12) } } })), key).toEqual([
        'secret-key-value',
      ]);
    }
  });
});

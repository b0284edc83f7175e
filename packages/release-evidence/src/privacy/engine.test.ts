import { describe, expect, it } from 'vitest';
import { createRandom, releaseStatus, rotationReceipt } from '../../test/privacy/corpus.mjs';
import { RULES, scanText, scanValue } from './index.js';

const r = createRandom(11);
const sha = r.hex(40);
const githubToken = () => `gh${'p_'}${r.mixed(36)}`;
const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('scanText', () => {
  it('reports rule, class, pointer, 1-based line and UTF-16 column, a redacted prefix, and its problem fields', () => {
    const text = `{\n  "a": "é😀",\n  "note": "x ${githubToken()}"\n}`;
    const [finding, ...rest] = scanText(text).findings;
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      rule: 'github-token',
      class: 'credential',
      pointer: '/note',
      line: 3,
      column: 11,
      redacted: 'ghp_…',
      code: 'credential-finding',
      severity: 'error',
      args: { rule: 'github-token', redacted: 'ghp_…' },
    });
  });

  it('redaction never depends on the secret length', () => {
    const short = scanText(json({ note: `gh${'p_'}${r.mixed(36)}` })).findings[0];
    const long = scanText(json({ note: `gh${'p_'}${r.mixed(80)}` })).findings[0];
    expect(short?.redacted).toBe(long?.redacted);
    const email = scanText(json({ note: `${r.lower(30)}@example.com` })).findings[0];
    expect(email?.redacted).toBe('[redacted]');
  });

  it('writes a member name that is itself a finding as ~redacted in pointers', () => {
    const token = githubToken();
    const text = json({ extensions: { 'x-meta': { [token]: { inner: 'fine' } } } });
    const findings = scanText(text).findings;
    expect(findings.map((f) => f.pointer)).toEqual(['/extensions/x-meta/~redacted']);
    expect(JSON.stringify(findings)).not.toContain(token);
  });

  it('writes a member name over 128 characters as ~redacted in pointers, so output stays in proportion to input', () => {
    const long = 'a b '.repeat(32);
    const exact = 'c'.repeat(128);
    const email = `${'ops'}@${'example'}.org`;
    const text = json({ [`${long}x`]: { [exact]: [email] } });
    expect(scanText(text).findings.map((f) => f.pointer)).toEqual([`/~redacted/${exact}/0`]);
  });

  it('marks findings in a shadowed duplicate member, including nested ones', () => {
    const token = githubToken();
    const text = `{"outer": {"deep": {"note": "${token}"}}, "outer": {"deep": {"note": "ok"}}, "later": "${token}"}`;
    const findings = scanText(text).findings;
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ pointer: '/outer/deep/note', shadowed: true });
    expect(findings[1]).toMatchObject({ pointer: '/later' });
    expect(findings[1]?.shadowed).toBeUndefined();
  });

  it('exempts commit SHAs and digests by role, and the own SHA wherever it is quoted', () => {
    const digest = `sha256:${r.hex(64)}`;
    const doc = { ...releaseStatus({ sha, check: { detail: `built from ${sha}` } }), extensions: { 'x-build': sha } };
    expect(scanText(json(doc)).findings).toEqual([]);
    expect(scanText(json({ artifacts: [{ digest }], packetDigest: digest })).findings).toEqual([]);
  });

  it('treats names ending in PASSWORD or PASSWD as secret-like, in assignments and extension keys', () => {
    const value = r.mixed(16);
    const text = json({
      note: `set DATABASE_PASSWORD=${value}`,
      detail: `db_passwd=${value}`,
      extensions: { 'x-db-password': value },
    });
    const findings = scanText(text).findings;
    expect(findings.map((f) => f.pointer).sort()).toEqual(['/detail', '/extensions/x-db-password', '/note']);
    expect(findings.every((f) => f.class === 'credential')).toBe(true);
    expect(JSON.stringify(findings)).not.toContain(value);
  });

  it('finds a UUID embedded in a label, not only a label that is one', () => {
    const uuid = [r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12)].join('-');
    const findings = scanText(json({ id: `run-${uuid}`, note: `run-${uuid}-retry` })).findings;
    expect(findings.map((f) => `${f.rule}@${f.pointer}`)).toEqual(['uuid@/id', 'uuid@/note']);
  });

  it('judges a 64-hex value by context: fine in a digest field, a fingerprint in a rotation receipt', () => {
    const hex = r.hex(64);
    expect(scanText(json({ digest: `sha256:${hex}` })).findings).toEqual([]);
    const receipt = rotationReceipt({ sha, extensions: { 'x-previous': hex } });
    expect(scanText(json(receipt)).findings.map((f) => f.rule)).toEqual(['receipt-hex-fingerprint']);
    const status = releaseStatus({ sha, extensions: { 'x-previous': hex } });
    expect(scanText(json(status)).findings).toEqual([]);
  });

  it('treats a bare fingerprint key as one only in a rotation receipt, a secret fingerprint key anywhere', () => {
    const extensions = { 'x-build': { prefix: 'v1', hash: r.hex(8) } };
    expect(scanText(json(releaseStatus({ sha, extensions }))).findings).toEqual([]);
    const receipt = scanText(json(rotationReceipt({ sha, extensions }))).findings;
    expect(receipt.map((f) => [f.rule, f.pointer])).toEqual([
      ['secret-fingerprint-key', '/extensions/x-build/prefix'],
      ['secret-fingerprint-key', '/extensions/x-build/hash'],
    ]);
    const status = scanText(json(releaseStatus({ sha, extensions: { 'x-audit': { tokenSha256: 'n/a' } } }))).findings;
    expect(status.map((f) => f.rule)).toEqual(['secret-fingerprint-key']);
  });

  it('never treats numbers as secrets, and flags string values under secret-like keys', () => {
    const numbers = releaseStatus({ sha, extensions: { 'x-usage': { inputTokens: 1200, apiKey: 12345678 } } });
    expect(scanText(json(numbers)).findings).toEqual([]);
    const strings = releaseStatus({
      sha,
      extensions: { 'x-usage': { api_key: 'abcdefgh', 'session-token': 'short' } },
    });
    expect(scanText(json(strings)).findings.map((f) => [f.rule, f.pointer])).toEqual([
      ['secret-key-value', '/extensions/x-usage/api_key'],
    ]);
  });

  it('still scans a token-shaped secret name and label', () => {
    const keyId = `AK${'IA'}${r.upper(16)}`;
    const receipt = rotationReceipt({ sha, name: keyId });
    expect(scanText(json(receipt)).findings.map((f) => [f.rule, f.pointer])).toEqual([
      ['aws-access-key-id', '/secrets/0/name'],
    ]);
    const label = releaseStatus({ sha, check: { name: r.hex(32) } });
    expect(scanText(json(label)).findings.map((f) => f.rule)).toEqual(['hex-32-id']);
  });

  it('scans text that is not JSON line by line and says why', () => {
    const result = scanText(`not json\nnote ${githubToken()}\n`);
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('json-syntax');
    expect(result.findings.map((f) => [f.rule, f.line, f.pointer])).toEqual([['github-token', 2, '']]);
  });

  it('withholds a raw line, and its raw form from a quote on, when text that is not JSON starts lines with quotes', () => {
    const token = githubToken();
    const { withheld } = scanText(`"${token}\n"rest`);
    expect(withheld).toEqual(expect.arrayContaining([`"${token}`, token, `${token}\n`]));
  });

  it('walks any depth a caller allows without recursing (pointers and fingerprints 20,000 levels down)', () => {
    const depth = 20_000;
    const deep = (inner: string) => `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
    const [finding] = scanText(deep(`"${githubToken()}"`), { maxDepth: depth + 1 }).findings;
    expect(finding?.pointer).toBe('/a'.repeat(depth));
    const fingerprint = deep('{"name":"CLOUDFLARE_API_TOKEN","last4":"1234"}');
    expect(scanText(fingerprint, { maxDepth: depth + 2 }).findings.map((f) => f.rule)).toEqual([
      'secret-fingerprint-key',
    ]);
  });

  it('is deterministic and sorts findings by position', () => {
    const text = json({ b: `${r.lower(6)}@example.com`, a: githubToken(), c: 'http://localhost:8080/' });
    const first = scanText(text);
    expect(scanText(text)).toEqual(first);
    const lines = first.findings.map((f) => f.line);
    expect([...lines].sort((x, y) => x - y)).toEqual(lines);
  });

  it('never crashes on hostile input', () => {
    for (const text of ['', '{', '"', '[1,2', '\u0000', '\ufeff{}', '{"a":"\\ud800"}', '['.repeat(100_000)]) {
      expect(() => scanText(text)).not.toThrow();
    }
  });
});

describe('scanValue', () => {
  it('scans a value as JSON.stringify(value, null, 2) writes it', () => {
    const value = { note: githubToken() };
    expect(scanValue(value)).toEqual(scanText(JSON.stringify(value, null, 2)));
  });

  it('reports values that cannot be written as JSON instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(scanValue(cyclic).error?.code).toBe('json-syntax');
    expect(scanValue(10n).ok).toBe(false);
  });
});

describe('the rule catalogue', () => {
  it('has unique ids, covers the six classes and documents every rule', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((rule) => rule.class))).toEqual(
      new Set(['credential', 'identity', 'storage', 'provider', 'media', 'private-url']),
    );
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(3);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(Boolean(rule.pattern) || Boolean(rule.detect)).toBe(true);
      // A content rule has a pattern, a context rule a detector; never both.
      expect(Boolean(rule.pattern) !== Boolean(rule.detect), rule.id).toBe(true);
      for (const keyword of rule.keywords ?? []) expect(keyword.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('uses only bounded quantifiers, so no pattern can backtrack super-linearly', () => {
    for (const rule of RULES) {
      // Escapes and character classes may hold `+` or `*` as plain characters; drop them before looking.
      const source = (rule.pattern?.source ?? '').replace(/\\./g, 'e').replace(/\[[^\]]*\]/g, 'c');
      expect(source, rule.id).not.toMatch(/[*+]|\{\d+,\}/);
    }
  });
});

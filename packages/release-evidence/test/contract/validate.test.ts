import { describe, expect, test } from 'vitest';
import { KINDS, type ValidationIssue, validateDocument } from '../../src/contract/index.js';
import { renderProblem } from '../../src/problem/index.js';
import { sampleEntries } from '../samples/index.js';
import { issuesOf, NOW, randomAlnum, samples, withField } from './helpers.js';

const s = samples();

describe('valid samples', () => {
  test.each(sampleEntries(NOW))('%s is valid as a value and as JSON text', (_name, doc) => {
    const fromValue = validateDocument(doc);
    expect(fromValue.errors).toEqual([]);
    expect(fromValue.ok).toBe(true);
    const fromText = validateDocument(JSON.stringify(doc, null, 2));
    expect(fromText.errors).toEqual([]);
    expect(fromText.kind).toBe((doc as { kind: string }).kind);
    expect(fromText.id).toBe((doc as { id: string }).id);
    expect(fromText.value).toEqual(doc);
  });
  test('the samples cover every kind', () => {
    const kinds = new Set(sampleEntries(NOW).map(([, doc]) => (doc as { kind: string }).kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });
});

describe('JSON text', () => {
  test('parse errors become one issue with the json code, pointer "" and the position', () => {
    const result = validateDocument('{\n  "kind": ');
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.code).toBe('json-syntax');
    expect(result.errors[0]?.pointer).toBe('');
    expect(renderProblem(result.errors[0] as ValidationIssue)).toMatch(/line 2, column \d+/);
    expect(issuesOf('')).toEqual(['json-empty ']);
    expect(issuesOf('[]')).toEqual(['json-not-object ']);
    expect(issuesOf('\ufeff{}')).toEqual(['json-bom ']);
    expect(issuesOf('{"a":"\u0000"}')).toEqual(['json-nul ']);
    expect(issuesOf(JSON.stringify(s.source), { limits: { maxBytes: 100 } })).toEqual(['json-too-large ']);
    expect(issuesOf(`${'{"a":'.repeat(70)}1${'}'.repeat(70)}`)).toEqual(['json-too-deep ']);
  });
  test('duplicate members are duplicate-key at the member pointer', () => {
    const text = JSON.stringify(s.source).replace('"stage":"source"', '"stage":"source","stage":"source"');
    expect(issuesOf(text)).toEqual(['duplicate-key /stage']);
    const nested = JSON.stringify(s.source).replace('"name":"build"', '"name":"build","name":"lint2"');
    expect(issuesOf(nested)).toEqual(['duplicate-key /checks/0/name']);
  });
  test('lone surrogates are invalid-unicode, even in extensions', () => {
    const text = JSON.stringify({ ...s.source, extensions: { 'x-note': 'a\\ud800b' } }).replace('\\\\ud800', '\\ud800');
    expect(issuesOf(text)).toEqual(['invalid-unicode /extensions/x-note']);
  });
  test('lone surrogates in free text and branch names are invalid-unicode', () => {
    expect(issuesOf(withField(s.source, ['checks', 1, 'detail'], 'ok \udc00'))).toEqual([
      'invalid-unicode /checks/1/detail',
    ]);
    expect(issuesOf(withField(s.source, ['subject', 'branch'], 'feature/\ud83d'))).toEqual([
      'invalid-unicode /subject/branch',
    ]);
    expect(issuesOf(withField(s.source, ['checks', 1, 'name'], 'x\ud83d'))).toEqual(['invalid-format /checks/1/name']);
  });
});

describe('closed objects', () => {
  test('every unknown member is reported, at any depth', () => {
    const doc = withField(withField(s.source, ['extra'], 1), ['subject', 'other'], 2);
    expect(issuesOf(withField(doc, ['checks', 0, 'more'], 3))).toEqual([
      'unknown-field /checks/0/more',
      'unknown-field /extra',
      'unknown-field /subject/other',
    ]);
  });
  test('__proto__, constructor and prototype are unknown fields and pollute nothing', () => {
    const text = JSON.stringify(s.source).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1,',
    );
    const result = validateDocument(text);
    expect(result.errors.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual([
      'unknown-field /__proto__',
      'unknown-field /constructor',
      'unknown-field /prototype',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    const nested = JSON.stringify(s.source).replace('"subject":{', '"subject":{"__proto__":{"x":1},');
    expect(issuesOf(nested)).toEqual(['unknown-field /subject/__proto__']);
  });
  test('extensions take x- keys only; their values are free', () => {
    expect(issuesOf({ ...s.source, extensions: { 'x-build': { any: ['thing', 1, null] } } })).toEqual([]);
    expect(issuesOf({ ...s.source, extensions: { build: 1, 'x-Upper': 2 } })).toEqual([
      'unknown-field /extensions/build',
      'unknown-field /extensions/x-Upper',
    ]);
    const text = JSON.stringify({ ...s.source, extensions: {} }).replace(
      '"extensions":{',
      '"extensions":{"__proto__":1',
    );
    expect(issuesOf(text)).toEqual(['unknown-field /extensions/__proto__']);
  });
  test('an array is not an object', () => {
    expect(issuesOf(withField(s.source, ['subject'], []))).toEqual(['invalid-type /subject']);
    expect(issuesOf(withField(s.source, ['extensions'], []))).toEqual(['invalid-type /extensions']);
  });
  test('a member name that could be a value is redacted in pointers and messages', () => {
    const key = `A${randomAlnum(20)}9`;
    const result = validateDocument(withField(s.source, [key], 'x'));
    expect(result.errors.map((issue) => issue.pointer)).toEqual(['/~redacted']);
    expect(JSON.stringify(result.errors)).not.toContain(key);
  });
});

describe('dispatch and envelope', () => {
  test('kind and contract', () => {
    expect(issuesOf(withField(s.source, ['kind'], undefined))).toEqual(['required /kind']);
    expect(issuesOf(withField(s.source, ['kind'], 'release-notes'))).toEqual(['unknown-kind /kind']);
    expect(issuesOf(withField(s.source, ['contract'], 'release-evidence/v2'))).toEqual([
      'unsupported-contract /contract',
    ]);
    expect(issuesOf(withField(s.source, ['contract'], undefined))).toEqual(['required /contract']);
    expect(issuesOf(s.source, { expectKind: 'release-candidate' })).toEqual(['unexpected-kind /kind']);
    expect(issuesOf(s.candidate, { expectKind: 'release-candidate' })).toEqual([]);
  });
  test('required envelope members per kind', () => {
    expect(issuesOf(withField(s.source, ['producer'], undefined))).toEqual(['required /producer']);
    expect(issuesOf(withField(s.candidate, ['producer'], undefined))).toEqual([]);
    expect(issuesOf(withField(s.candidate, ['subject'], undefined))).toEqual(['required /subject']);
    expect(issuesOf(withField(s.fixture, ['subject'], s.source.subject))).toEqual([]);
    expect(issuesOf(withField(s.source, ['subject', 'workflowRun'], undefined))).toEqual([]);
  });
  test('non-objects are invalid-type at the root', () => {
    for (const value of [null, 1, true, [], undefined, Symbol('x'), () => 1]) {
      expect(issuesOf(value)).toEqual(['invalid-type ']);
    }
  });
  test('in-memory values JSON cannot hold are reported', () => {
    // A number that is not finite is `number-range` (spec §10), like an integer outside the I-JSON range.
    expect(issuesOf(withField(s.source, ['extensions'], { 'x-a': Number.NaN, 'x-b': 2n, 'x-c': 2 ** 60 }))).toEqual([
      'number-range /extensions/x-a',
      'invalid-type /extensions/x-b',
      'number-range /extensions/x-c',
    ]);
  });
  test('shared and cyclic extension values are walked once', () => {
    let shared: Record<string, unknown> = { leaf: 1 };
    for (let depth = 0; depth < 60; depth++) shared = { a: shared, b: shared };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(issuesOf(withField(s.source, ['extensions'], {}), {})).toEqual([]);
    expect(issuesOf({ ...s.source, extensions: { 'x-dag': shared, 'x-cycle': cyclic } })).toEqual([]);
  });
  test('a throwing getter yields an issue, not an exception', () => {
    const doc = { ...s.source };
    Object.defineProperty(doc, 'stage', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(issuesOf(doc)).toEqual(['invalid-value ']);
  });
  test('issues are sorted by pointer then code, without repeats', () => {
    const doc = withField(withField(s.canary, ['verdict'], 'maybe'), ['id'], 'Bad Id');
    const result = validateDocument(withField(doc, ['runs', 'attempted'], -1));
    const keys = result.errors.map((issue) => `${issue.pointer} ${issue.code}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['/id invalid-format', '/runs/attempted out-of-range', '/verdict invalid-value']);
  });
  test('issues carry no sentence; the rendered one names the field and the rule, never the value', () => {
    const [issue] = validateDocument(withField(s.source, ['id'], 'Not A Label')).errors;
    expect(issue).toEqual({ code: 'invalid-format', severity: 'error', pointer: '/id', args: {} });
    expect(renderProblem(issue as ValidationIssue)).toBe('"id" does not match the required format');
  });
});

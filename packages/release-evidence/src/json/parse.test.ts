import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse.js';
import { walkJson } from './tokenize.js';

describe('parseJson', () => {
  it('parses an object and reports duplicate members by path', () => {
    const result = parseJson('{"a":{"b":1,"b":2},"c":[{"d":1,"d":2}]}');
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.duplicateKeys).toEqual([
        ['a', 'b'],
        ['c', 0, 'd'],
      ]);
  });

  it('finds duplicates in objects of many members, and in sibling objects each on its own', () => {
    // Past eight members an object's names move to a Map (member-names.ts); frames are reused by depth.
    const members = Array.from({ length: 20 }, (_, index) => `"k${index % 13}":${index}`).join(',');
    const result = parseJson(`{"a":{${members}},"b":[{"k1":1},{"k1":2,"k2":3}]}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.duplicateKeys).toEqual(Array.from({ length: 7 }, (_, index) => ['a', `k${index}`]));
  });

  it.each([
    ['{"a":1.}', 'invalid JSON: expected a comma or a closing bracket'],
    ['{"a":1e}', 'invalid JSON: expected a comma or a closing bracket'],
    ['{"a":-}', 'invalid JSON: invalid number literal'],
    ['{"a":"\\x"}', 'invalid JSON: invalid string literal'],
    ['{"a":"\\u12g4"}', 'invalid JSON: invalid string literal'],
    ['{"a\u0001":1}', 'invalid JSON: invalid member name'],
    ['{"a":tru}', 'invalid JSON: unexpected character'],
    ['{"a":', 'invalid JSON: unexpected end of input'],
  ])('refuses %j: %s', (text, message) => {
    const result = parseJson(text);
    expect(result.ok ? undefined : result.error.message).toBe(message);
  });

  it.each([
    ['', 'json-empty'],
    ['   \n', 'json-empty'],
    ['\ufeff{}', 'json-bom'],
    ['{"a":"x\u0000"}', 'json-nul'],
    ['[1]', 'json-not-object'],
    ['"text"', 'json-not-object'],
    ['{"a":1,}', 'json-syntax'],
    ['{"a":01}', 'json-syntax'],
    ['{"a":1} x', 'json-syntax'],
    ['{"a":\'x\'}', 'json-syntax'],
    ['{"a":"\t"}', 'json-syntax'],
    ['{a:1}', 'json-syntax'],
    ['{"a":1', 'json-syntax'],
    [`${'['.repeat(65)}${']'.repeat(65)}`, 'json-too-deep'],
  ])('rejects %j with %s', (text, code) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('nests exactly to the limit and refuses one deeper, even far past the stack', () => {
    expect(parseJson(`{"a":${'['.repeat(63)}${']'.repeat(63)}}`).ok).toBe(true);
    const deep = parseJson(`{"a":${'['.repeat(200_000)}`);
    expect(deep.ok === false && deep.error.code).toBe('json-too-deep');
  });

  it('refuses text over the byte limit, counting UTF-8 bytes', () => {
    const result = parseJson(`{"a":"${'é'.repeat(600)}"}`, { maxBytes: 1000 });
    expect(result.ok === false && result.error.code).toBe('json-too-large');
  });

  it('keeps __proto__ and constructor as plain own data', () => {
    const result = parseJson('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.value)).toEqual(['__proto__', 'constructor']);
  });

  it('reports integers outside ±(2^53−1)', () => {
    const result = parseJson('{"a":9007199254740993,"b":9007199254740992,"c":1e300,"d":9007199254740991}');
    expect(result.ok && result.unsafeIntegers).toEqual([['a'], ['b']]);
  });

  it('gives a position and never the input in its message', () => {
    const secret = 'Zq8xK2mW9pLr';
    const result = parseJson(`{\n  "a": ${secret}\n}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.position).toEqual({ line: 2, column: 8 });
      expect(result.error.message).not.toContain(secret);
    }
  });

  it('agrees with JSON.parse on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const expected = typeof value === 'object' && value !== null && !Array.isArray(value);
        const result = parseJson(text, { maxDepth: 1000 });
        expect(result.ok).toBe(expected);
      }),
    );
  });

  it('never throws on arbitrary text, and agrees with JSON.parse about syntax', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        let syntaxOk = true;
        try {
          JSON.parse(text);
        } catch {
          syntaxOk = false;
        }
        expect(walkJson(text, 10_000) === undefined).toBe(syntaxOk);
      }),
    );
  });

  it('visits every string with its decoded value and path', () => {
    const seen: string[] = [];
    walkJson('{"k\\u0041":["x",{"y":"\\u0067z"}]}', 64, {
      onString: (event) => seen.push(`${event.isKey ? 'key' : 'val'}:${event.path.join('/')}:${event.value}`),
    });
    expect(seen).toEqual(['key:kA:kA', 'val:kA/0:x', 'key:kA/1/y:y', 'val:kA/1/y:gz']);
  });

  it('reports every object and array as it opens, with its path and the member it is the value of', () => {
    const seen: string[] = [];
    walkJson('{"a":[{},[]],"b":{"c":{}},"a":[]}', 64, {
      onContainer: (path, memberId) => seen.push(`/${path.join('/')}:${memberId}`),
    });
    expect(seen).toEqual(['/:-1', '/a:0', '/a/0:-1', '/a/1:-1', '/b:1', '/b/c:2', '/a:3']);
  });
});

import { describe, expect, it } from 'vitest';
import { compareText } from './compare.js';
import { fnv1a } from './fnv1a.js';
import { isRecord } from './record.js';

describe('fnv1a', () => {
  // The published FNV-1a test vectors (ASCII text, so code units are bytes).
  it.each([
    ['', '811c9dc5', 'cbf29ce484222325'],
    ['a', 'e40c292c', 'af63dc4c8601ec8c'],
    ['foobar', 'bf9cf968', '85944171f73967e8'],
  ])('hashes %j as the reference does', (text, hash32, hash64) => {
    expect(fnv1a(text, 32)).toBe(hash32);
    expect(fnv1a(text, 64)).toBe(hash64);
  });

  // Made with the two implementations this one replaced: non-ASCII code units, and hashes that start with zeros.
  it.each([
    ['id-141-é😀', '00882b02', 'c868a8fda5720702'],
    ['id-80-é😀', 'e57cd5d8', '00735a02a19f1fb8'],
  ])('hashes %j as before, keeping leading zeros', (text, hash32, hash64) => {
    expect(fnv1a(text, 32)).toBe(hash32);
    expect(fnv1a(text, 64)).toBe(hash64);
  });
});

describe('compareText', () => {
  it('orders by UTF-16 code unit, not by locale', () => {
    expect(['b', 'a', 'B', 'é', '\uFFFF', '\u{1F600}', 'a'].sort(compareText)).toEqual([
      'B',
      'a',
      'a',
      'b',
      'é',
      '\u{1F600}',
      '\uFFFF',
    ]);
    expect(compareText('x', 'x')).toBe(0);
  });
});

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect([{}, { a: 1 }, Object.create(null)].every(isRecord)).toBe(true);
    expect([null, [], 'x', 1, true, undefined].some(isRecord)).toBe(false);
  });
});

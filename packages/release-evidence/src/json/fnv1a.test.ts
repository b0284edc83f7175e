import { describe, expect, it } from 'vitest';
import { fnv1a } from './fnv1a.js';

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

import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('answers for short and long keys, including keys cut out of a larger text', () => {
    const cache = new BoundedCache<number>(10);
    const text = `{"name": "${'a'.repeat(40)}", "short": "ab"}`;
    const long = text.slice(10, 50);
    cache.set(long, 1);
    cache.set('ab', 2);
    expect(cache.get('a'.repeat(40))).toBe(1);
    expect(cache.get('ab')).toBe(2);
    expect(cache.get('a'.repeat(39))).toBeUndefined();
  });

  it('keeps the last two generations of its limit, and forgets the one before them', () => {
    const cache = new BoundedCache<number>(2);
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) cache.set(key, index);
    expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key))).toEqual([0, 1, 2, 3]);
    cache.set('e', 4);
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => cache.get(key))).toEqual([undefined, undefined, 2, 3, 4]);
  });
});

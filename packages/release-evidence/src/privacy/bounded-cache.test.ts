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

  it('forgets everything once it holds its limit, then fills again', () => {
    const cache = new BoundedCache<number>(3);
    for (const [index, key] of ['a', 'b', 'c'].entries()) cache.set(key, index);
    expect(cache.get('c')).toBe(2);
    cache.set('d', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([
      undefined,
      undefined,
      undefined,
      3,
    ]);
  });
});

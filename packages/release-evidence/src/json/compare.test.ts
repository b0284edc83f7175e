import { describe, expect, it } from 'vitest';
import { compareText } from './compare.js';

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

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../test/privacy/corpus.mjs';
import { ShaSet } from './own-shas.js';

const r = createRandom(5);

/** The same answers whether the set holds a few SHAs (looked up one by one) or many (found by the string's hex runs). */
function sets(shas: readonly string[], extra: number): ShaSet[] {
  const few = new ShaSet();
  const many = new ShaSet();
  for (const sha of shas) few.add(sha);
  for (let index = 0; index < extra; index++) many.add(r.hex(40));
  for (const sha of shas) many.add(sha);
  return [few, many];
}

describe('ShaSet', () => {
  const sha = r.hex(40);
  const long = r.hex(64);

  it.each(sets([sha, long], 50).map((set, index) => [index === 0 ? 'few' : 'many', set] as const))(
    'finds a quoted SHA wherever it stands, even inside a longer hex run (%s)',
    (_label, set) => {
      expect(set.quotedIn(`built from ${sha}`)).toBe(true);
      expect(set.quotedIn(`${r.hex(7)}${sha}${r.hex(3)}`)).toBe(true);
      expect(set.quotedIn(`see ${long}.`)).toBe(true);
      expect(set.quotedIn(`built from ${sha.toUpperCase()}`)).toBe(false);
      expect(set.quotedIn(sha.slice(0, 39))).toBe(false);
      expect(set.without(`a ${sha} b ${sha}`)).toBe('a   b  ');
    },
  );

  it('replaces overlapping SHAs in the order they were added', () => {
    const inner = long.slice(0, 40);
    for (const set of sets([long, inner], 50)) expect(set.without(`x${long}x`)).toBe('x x');
    for (const set of sets([inner, long], 50)) expect(set.without(`x${long}x`)).toBe(`x ${long.slice(40)}x`);
  });
});

import { describe, expect, it } from 'vitest';
import { pathIds } from './path-ids.js';

describe('pathIds', () => {
  it('gives one id per pointer, whatever path it was reached by, and tells prefixes apart', () => {
    const paths = pathIds(() => false);
    const a = paths.id(['checks', 0, 'detail'], 3);
    const b = paths.id(['other', 'x'], 2);
    expect(paths.id(['checks', 0, 'detail'], 3)).toBe(a);
    expect(paths.id(['checks', '0', 'detail'], 3)).toBe(a);
    expect(paths.id(['checks', 0, 'detail', 'more'], 3)).toBe(a);
    expect(paths.id(['checks', 0], 2)).not.toBe(a);
    expect(paths.id(['other', 'x'], 2)).toBe(b);
    expect(new Set([a, b, paths.id([], 0)]).size).toBe(3);
  });

  it('says whether a secret-like name stands among the first segments', () => {
    const paths = pathIds((segment) => segment === 'credentials');
    expect(paths.secretWithin(['extensions', 'credentials', 'value'], 3)).toBe(true);
    expect(paths.secretWithin(['extensions', 'credentials', 'value'], 1)).toBe(false);
    expect(paths.secretWithin(['extensions', 'plain', 'value'], 3)).toBe(false);
  });
});

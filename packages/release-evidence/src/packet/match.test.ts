import { describe, expect, it } from 'vitest';
import { compareDocuments } from './index.js';

const ref = (id: string | undefined, digit: string) => ({
  kind: 'release-status',
  ...(id === undefined ? {} : { id }),
  digest: `sha256:${digit.repeat(64)}`,
});

describe('compareDocuments', () => {
  it('cancels identical refs and sorts the rest into changed, missing and extra', () => {
    const recorded = [ref('a', '1'), ref('b', '2'), ref('c', '3')];
    const given = [ref('a', '1'), ref('b', '9'), ref('d', '4')];
    expect(compareDocuments(recorded, given)).toEqual({
      changed: [{ kind: 'release-status', id: 'b', expected: ref('b', '2').digest, actual: ref('b', '9').digest }],
      missing: [ref('c', '3')],
      extra: [ref('d', '4')],
    });
  });

  it('counts repeated documents as a multiset', () => {
    const twice = [ref('a', '1'), ref('a', '1')];
    expect(compareDocuments(twice, [ref('a', '1')])).toEqual({ changed: [], missing: [ref('a', '1')], extra: [] });
    expect(compareDocuments([ref('a', '1')], twice)).toEqual({ changed: [], missing: [], extra: [ref('a', '1')] });
  });

  it('pairs documents without a showable id by kind alone', () => {
    const result = compareDocuments([ref(undefined, '1')], [ref(undefined, '2')]);
    expect(result.changed).toEqual([
      { kind: 'release-status', expected: ref(undefined, '1').digest, actual: ref(undefined, '2').digest },
    ]);
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
  });

  it('reports nothing for the same documents in another order', () => {
    const refs = [ref('a', '1'), ref('b', '2'), ref('c', '3')];
    expect(compareDocuments(refs, [...refs].reverse())).toEqual({ changed: [], missing: [], extra: [] });
  });
});

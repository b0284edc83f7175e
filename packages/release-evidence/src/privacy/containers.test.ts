import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../json/tokenize.js';
import { type Container, type ContainerRecords, containerRecords, pointerOf } from './containers.js';

const SECRET = 'credentials';

/**
 * Opens the containers along `path` from the top-level value; member ids are the segment's index plus 100, and
 * `credentials` is the one secret-like name.
 */
function along(records: ContainerRecords, path: readonly PathSegment[]): Container {
  let container = records.open(undefined, undefined, -1, undefined);
  path.forEach((segment, index) => {
    container = records.open(container, segment, index + 100, segment === SECRET ? 'secret' : undefined);
  });
  return container;
}

describe('containerRecords', () => {
  it('gives one pointer id per pointer, whatever path reached it, and tells prefixes apart', () => {
    const records = containerRecords();
    const a = records.pointerId(along(records, ['checks', 0, 'detail']));
    expect(records.pointerId(along(records, ['checks', 0, 'detail']))).toBe(a);
    expect(records.pointerId(along(records, ['checks', '0', 'detail']))).toBe(a);
    expect(records.pointerId(along(records, ['checks', 0]))).not.toBe(a);
    expect(records.pointerId(along(records, []))).toBe(0);
    expect(records.pointerId(along(records, ['other']))).not.toBe(records.pointerId(along(records, ['checks'])));
  });

  it('carries down the secret-like names, the first extensions member and the nearest name', () => {
    const records = containerRecords();
    const inside = along(records, ['items', 2, 'extensions', 'credentials', 0, 1]);
    expect(inside.depth).toBe(6);
    expect(inside.secret).toBe(true);
    expect(inside.extensionsAt).toBe(2);
    expect(records.pointerId(inside.extensionsOwner as Container)).toBe(
      records.pointerId(along(records, ['items', 2])),
    );
    expect([inside.nameAt, inside.name, inside.nameKind, inside.member]).toEqual([3, SECRET, 'secret', 103]);
    expect(inside.secretBeforeName).toBe(false);
    const below = records.open(inside, 'value', 7, undefined);
    expect([below.nameAt, below.name, below.nameKind, below.member]).toEqual([6, 'value', undefined, 7]);
    expect(below.secretBeforeName).toBe(true);
    const nested = along(records, ['extensions', 'x', 'extensions']);
    expect(nested.extensionsAt).toBe(0);
    expect(along(records, [0, 1]).name).toBe('');
  });

  it('builds a pointer once per container, escaping or redacting each segment as asked', () => {
    const records = containerRecords();
    const container = along(records, ['a/b', 0, 'hide']);
    const known = new Map<Container, string>();
    const text = (segment: PathSegment) => (segment === 'hide' ? '~redacted' : String(segment).replace('/', '~1'));
    expect(pointerOf(container, text, known)).toBe('/a~1b/0/~redacted');
    expect(known.size).toBe(3);
    expect(pointerOf(along(records, []), text, known)).toBe('');
    expect(pointerOf(undefined, text, known)).toBe('');
  });
});

import type { PathSegment } from '../json/tokenize.js';

/**
 * One id per JSON Pointer (paths equal segment by segment as text, so `0` and `"0"` are one), for the first `length`
 * segments of a path. Keying by the pointer itself built and hashed a string as long as the path for every string
 * (names of 8 KiB, 60 deep: seconds per MiB); this walks a trie of segments and remembers the last path it walked, so
 * a lookup costs the path's depth, and a segment's text is read only when a new one takes its place.
 */
export function pathIds(isSecret: (segment: string) => boolean): {
  id(path: readonly PathSegment[], length: number): number;
  /** Whether a name among the first `length` segments is secret-like, judged once per segment. */
  secretWithin(path: readonly PathSegment[], length: number): boolean;
} {
  const children: Map<string, number>[] = [new Map()];
  const segments: PathSegment[] = [];
  const nodes: number[] = [0];
  const secret: boolean[] = [false];
  let known = 0;
  const id = (path: readonly PathSegment[], length: number): number => {
    let index = 0;
    while (index < length && index < known && segments[index] === path[index]) {
      // Equal text in another string: keep this one, so the next comparison is by identity.
      segments[index] = path[index] as PathSegment;
      index++;
    }
    if (index === length) {
      known = Math.max(known, length);
      return nodes[length] as number;
    }
    for (; index < length; index++) {
      const segment = path[index] as PathSegment;
      const below = children[nodes[index] as number] as Map<string, number>;
      const key = String(segment);
      let node = below.get(key);
      if (node === undefined) {
        node = children.length;
        children.push(new Map());
        below.set(key, node);
      }
      segments[index] = segment;
      nodes[index + 1] = node;
      secret[index + 1] = (secret[index] as boolean) || (typeof segment === 'string' && isSecret(segment));
    }
    known = length;
    return nodes[length] as number;
  };
  return {
    id,
    secretWithin(path, length) {
      id(path, length);
      return secret[length] as boolean;
    },
  };
}

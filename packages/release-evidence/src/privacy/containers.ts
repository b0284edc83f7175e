import type { PathSegment } from '../json/tokenize.js';
import type { KeyKind } from './types.js';

/**
 * What the rules need to know of an open object or array's path, worked out once when it opens, from its parent's
 * record. Reading these facts off each string's path cost the path's depth per string (60 names deep: hundreds of ms
 * per MiB), and a string kept for later had to copy its path; a record is shared by everything in its container.
 */
export interface Container {
  readonly parent: Container | undefined;
  /** The segment it stands under in its parent; undefined for the top-level value. */
  readonly segment: PathSegment | undefined;
  /** The length of its path. */
  readonly depth: number;
  /** Whether a name on its path is secret-like. */
  readonly secret: boolean;
  /** Index of the first `extensions` segment of its path (any document's), or -1. */
  readonly extensionsAt: number;
  /** The container that holds that `extensions` member. */
  readonly extensionsOwner: Container | undefined;
  /** Index of its path's last name, or -1, that name ('' for none), and its key class. */
  readonly nameAt: number;
  readonly name: string;
  readonly nameKind: KeyKind | undefined;
  /** Whether a name before that last name is secret-like. */
  readonly secretBeforeName: boolean;
  /** The id of the member that last name opened (-1 for none): the innermost member the container stands in. */
  readonly member: number;
}

export interface ContainerRecords {
  /**
   * The record of a container opening under `parent` at `segment`; for a name segment, `memberId` is the member it
   * opens and `kind` its key class.
   */
  open(
    parent: Container | undefined,
    segment: PathSegment | undefined,
    memberId: number,
    kind: KeyKind | undefined,
  ): Container;
  /**
   * One id per JSON Pointer (paths equal segment by segment as text, so `0` and `"0"` are one), worked out on first
   * use: most containers never need one.
   */
  pointerId(container: Container): number;
}

/** The records of one walk; pointer ids are unique within it. */
export function containerRecords(): ContainerRecords {
  // The pointer trie: a node's children by segment text, made when the node gets its first child.
  const children: (Map<string, number> | undefined)[] = [];
  const ids = new Map<Container, number>();
  let nodes = 1;
  const pointerId = (container: Container): number =>
    foldDown(container, ids, 0, (parent, below) => childId(parent, String(below.segment)));
  const childId = (parent: number, key: string): number => {
    let below = children[parent];
    if (below === undefined) {
      below = new Map();
      children[parent] = below;
    }
    let id = below.get(key);
    if (id === undefined) {
      id = nodes++;
      below.set(key, id);
    }
    return id;
  };

  const open: ContainerRecords['open'] = (parent, segment, memberId, kind) => {
    if (parent === undefined || segment === undefined) return rootRecord();
    const named = typeof segment === 'string';
    const opensExtensions = parent.extensionsAt === -1 && segment === 'extensions';
    return {
      parent,
      segment,
      depth: parent.depth + 1,
      secret: parent.secret || (named && kind === 'secret'),
      extensionsAt: opensExtensions ? parent.depth : parent.extensionsAt,
      extensionsOwner: opensExtensions ? parent : parent.extensionsOwner,
      nameAt: named ? parent.depth : parent.nameAt,
      name: named ? segment : parent.name,
      nameKind: named ? kind : parent.nameKind,
      secretBeforeName: named ? parent.secret : parent.secretBeforeName,
      member: named ? memberId : parent.member,
    };
  };
  return { open, pointerId };
}

/**
 * The top-level value's record, written out in the same member order as every other record: a record built any other
 * way (a spread) got a shape of its own, and each read of a record's member then cost several times as much.
 */
function rootRecord(): Container {
  return {
    parent: undefined,
    segment: undefined,
    depth: 0,
    secret: false,
    extensionsAt: -1,
    extensionsOwner: undefined,
    nameAt: -1,
    name: '',
    nameKind: undefined,
    secretBeforeName: false,
    member: -1,
  };
}

/** The container's JSON Pointer, each name passed through `segmentText`; `known` remembers pointers already built. */
export function pointerOf(
  container: Container | undefined,
  segmentText: (segment: PathSegment) => string,
  known: Map<Container, string>,
): string {
  return foldDown(container, known, '', (above, below) => `${above}/${segmentText(below.segment as PathSegment)}`);
}

/**
 * `step` applied from the top-level value down to `container`, each container's result remembered in `known`, so
 * each is worked out once. A loop, not a recursion: a caller may allow any depth (`maxDepth`).
 */
function foldDown<T>(
  container: Container | undefined,
  known: Map<Container, T>,
  top: T,
  step: (above: T, below: Container) => T,
): T {
  const unknown: Container[] = [];
  let result = top;
  for (let at = container; at?.parent !== undefined; at = at.parent) {
    const cached = known.get(at);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    unknown.push(at);
  }
  for (let index = unknown.length - 1; index >= 0; index--) {
    const below = unknown[index] as Container;
    result = step(result, below);
    known.set(below, result);
  }
  return result;
}

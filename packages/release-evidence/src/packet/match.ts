/** How readiness lists a document: kind and id only when they are safe to show, and always the digest. */
export interface DocumentRef {
  readonly kind: string;
  readonly id?: string;
  readonly digest: string;
}

export interface ChangedDocument {
  readonly kind: string;
  readonly id?: string;
  /** The digest the packet recorded. */
  readonly expected: string;
  /** The digest of the document given now. */
  readonly actual: string;
}

export interface DocumentComparison {
  readonly changed: ChangedDocument[];
  readonly missing: DocumentRef[];
  readonly extra: DocumentRef[];
}

/**
 * Compares the documents a packet recorded with the ones given now, as multisets of (kind, id, digest): identical
 * refs cancel out, a leftover pair with the same kind and id is a changed document, and the rest are missing (only
 * in the packet) or extra (only given now). Both lists arrive sorted, so the result is sorted too.
 */
export function compareDocuments(recorded: readonly DocumentRef[], given: readonly DocumentRef[]): DocumentComparison {
  const name = (ref: DocumentRef) => `${ref.kind}\u0000${ref.id ?? ''}`;
  const { onlyLeft, onlyRight } = leftovers(recorded, given, (ref) => `${name(ref)}\u0000${ref.digest}`);
  const unpairedByName = new Map<string, DocumentRef[]>();
  for (const ref of onlyRight) {
    const queue = unpairedByName.get(name(ref));
    if (queue) queue.push(ref);
    else unpairedByName.set(name(ref), [ref]);
  }
  const paired = new Set<DocumentRef>();
  const changed: ChangedDocument[] = [];
  const missing: DocumentRef[] = [];
  for (const ref of onlyLeft) {
    const now = unpairedByName.get(name(ref))?.shift();
    if (now === undefined) {
      missing.push(ref);
      continue;
    }
    paired.add(now);
    const id = ref.id === undefined ? {} : { id: ref.id };
    changed.push({ kind: ref.kind, ...id, expected: ref.digest, actual: now.digest });
  }
  return { changed, missing, extra: onlyRight.filter((ref) => !paired.has(ref)) };
}

/** Multiset difference both ways: what is left of each list once equal keys cancel out, in the original order. */
function leftovers<T>(
  left: readonly T[],
  right: readonly T[],
  key: (item: T) => string,
): { onlyLeft: T[]; onlyRight: T[] } {
  const unmatched = new Map<string, number>();
  for (const item of right) unmatched.set(key(item), (unmatched.get(key(item)) ?? 0) + 1);
  const take = (item: T): boolean => {
    const count = unmatched.get(key(item)) ?? 0;
    if (count > 0) unmatched.set(key(item), count - 1);
    return count > 0;
  };
  const onlyLeft = left.filter((item) => !take(item));
  // What is still unmatched now is exactly the right side's surplus.
  const onlyRight = right.filter(take);
  return { onlyLeft, onlyRight };
}

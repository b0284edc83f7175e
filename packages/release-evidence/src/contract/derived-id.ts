import { fnv1a } from '../json/fnv1a.js';

/** The longest label the contract allows (§2). */
const MAX_LABEL_LENGTH = 128;

/**
 * The id of a document derived from a candidate: `<prefix>-<candidate id>` (§7). A candidate id near the label limit
 * would make that too long to be a label, so it is then shortened and suffixed with a hash of the full id: still a
 * label, still unique per candidate, and the same for the same input.
 */
export function derivedId(prefix: string, candidateId: string): string {
  const plain = `${prefix}-${candidateId}`;
  if (plain.length <= MAX_LABEL_LENGTH) return plain;
  const suffix = fnv1a(candidateId, 32);
  return `${plain.slice(0, MAX_LABEL_LENGTH - suffix.length - 1)}-${suffix}`;
}

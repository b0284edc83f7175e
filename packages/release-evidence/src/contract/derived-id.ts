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
  const suffix = fnv1a(candidateId);
  return `${plain.slice(0, MAX_LABEL_LENGTH - suffix.length - 1)}-${suffix}`;
}

/** 32-bit FNV-1a as 8 hex digits: a naming hash, not a security one. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

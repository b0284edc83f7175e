import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JCS) canonical JSON. Lone surrogates cannot be canonicalized; such a document is already invalid (I-JSON),
 * so they are replaced by U+FFFD here to keep digests total rather than throwing on hostile input.
 */
export function canonicalJson(value: unknown): string {
  try {
    return canonicalize(value) ?? 'null';
  } catch {
    return canonicalize(toWellFormed(value)) ?? 'null';
  }
}

function toWellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.toWellFormed();
  if (Array.isArray(value)) return value.map(toWellFormed);
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = Object.create(null);
    for (const [key, member] of Object.entries(value)) copy[key.toWellFormed()] = toWellFormed(member);
    return copy;
  }
  return value;
}

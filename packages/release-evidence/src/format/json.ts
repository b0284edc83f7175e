import { canonicalJson } from '../json/index.js';

export interface JsonFormatOptions {
  /** Indent with two spaces; the key order and numbers stay those of the canonical form. */
  readonly pretty?: boolean;
}

/**
 * JSON output with a trailing newline. Both forms are byte-deterministic: members are in RFC 8785 order, so the same
 * value always gives the same bytes, and re-canonicalising either form gives the bytes that digests are taken over.
 */
export function formatJson(value: unknown, options: JsonFormatOptions = {}): string {
  const canonical = canonicalJson(value);
  if (!options.pretty) return `${canonical}\n`;
  // JSON.parse keeps the canonical member order for every key that is not an array index; contract keys never are.
  return `${JSON.stringify(JSON.parse(canonical), null, 2)}\n`;
}

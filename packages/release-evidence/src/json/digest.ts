import { canonicalJson } from './canonical.js';

const encoder = new TextEncoder();

/** `sha256:<hex>` of UTF-8 text, through Web Crypto so the same code runs in Node and in Workers. */
export async function sha256Digest(text: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of hash) hex += byte.toString(16).padStart(2, '0');
  return `sha256:${hex}`;
}

/** The contract digest of a JSON value: SHA-256 of its RFC 8785 canonical form (spec §7). */
export function digestOf(value: unknown): Promise<string> {
  return sha256Digest(canonicalJson(value));
}

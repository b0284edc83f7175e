import { canonicalJson } from './canonical.js';

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * `sha256:<hex>` of UTF-8 text, through Web Crypto so the same code runs in Node and in Workers. Not an `async`
 * function on purpose: its suspended frame would keep `text` alive until the hash is done, and with thousands of
 * digests in flight that is megabytes of canonical JSON for the garbage collector to copy.
 */
export function sha256Digest(text: string): Promise<string> {
  return crypto.subtle.digest('SHA-256', encoder.encode(text)).then(hexDigest);
}

function hexDigest(hash: ArrayBuffer): string {
  let digest = 'sha256:';
  for (const byte of new Uint8Array(hash)) digest += HEX[byte];
  return digest;
}

/** The contract digest of a JSON value: SHA-256 of its RFC 8785 canonical form (spec §7). */
export function digestOf(value: unknown): Promise<string> {
  return sha256Digest(canonicalJson(value));
}

const SHORT_DIGEST_HEX = 12;

/** `sha256:` and the first 12 hex digits: enough to tell documents apart in a review, not for verification. */
export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.split(':', 2);
  return hex === undefined ? digest.slice(0, SHORT_DIGEST_HEX) : `${algorithm}:${hex.slice(0, SHORT_DIGEST_HEX)}`;
}

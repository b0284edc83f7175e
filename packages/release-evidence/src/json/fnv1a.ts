// FNV-1a's offset basis and prime per width (http://www.isthe.com/chongo/tech/comp/fnv/).
const PARAMETERS = {
  32: { offset: 0x811c9dc5n, prime: 0x01000193n },
  64: { offset: 0xcbf29ce484222325n, prime: 0x100000001b3n },
} as const;

/**
 * FNV-1a over the text's UTF-16 code units, as `bits / 4` lowercase hex digits: a stable, synchronous naming and
 * fingerprint hash (Web Crypto digests are async), never a security one.
 */
export function fnv1a(text: string, bits: 32 | 64): string {
  const { offset, prime } = PARAMETERS[bits];
  const mask = (1n << BigInt(bits)) - 1n;
  let hash: bigint = offset;
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(bits / 4, '0');
}

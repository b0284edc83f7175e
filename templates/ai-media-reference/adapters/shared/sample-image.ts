/** A valid 1x1 PNG, so provider responses carry a real image signature. */
export const SAMPLE_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Deterministic pseudo-image bytes: a PNG signature (or none) followed by seeded noise. */
export function syntheticImage(seed: number, withSignature = true, size = 256): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < size; index += 1) {
    // xorshift32: cheap, seeded and identical on every run.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  if (withSignature) bytes.set(PNG_SIGNATURE, 0);
  else bytes[0] = 0x00;
  return bytes;
}

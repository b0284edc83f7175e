import { digestOf } from '../json/index.js';

/** `packetDigest`: the digest of the packet without its `packetDigest` member (spec §7). */
export function packetDigestOf(packet: Readonly<Record<string, unknown>>): Promise<string> {
  const { packetDigest: _ignored, ...rest } = packet;
  return digestOf(rest);
}

import type { PACKET_CODES } from '../../../src/problem/codes/packet.js';
import type { Producer } from '../producer.js';

/** For each packet code, a call through the library or CLI that reports it. */
export const PACKET_PRODUCERS: Record<keyof typeof PACKET_CODES, Producer> = {};

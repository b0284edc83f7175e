import type { PRIVACY_CODES } from '../../../src/problem/codes/privacy.js';
import type { Producer } from '../producer.js';

/** For each privacy code, a call through the library or CLI that reports it. */
export const PRIVACY_PRODUCERS: Record<keyof typeof PRIVACY_CODES, Producer> = {};

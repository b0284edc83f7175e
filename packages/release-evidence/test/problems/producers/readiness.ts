import type { READINESS_CODES } from '../../../src/problem/codes/readiness.js';
import type { Producer } from '../producer.js';

/** For each readiness code, a call through the library or CLI that reports it. */
export const READINESS_PRODUCERS: Record<keyof typeof READINESS_CODES, Producer> = {};

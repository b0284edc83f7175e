import type { FIXTURE_CODES } from '../../../src/problem/codes/fixture.js';
import type { Producer } from '../producer.js';

/** For each fixture code, a call through the library or CLI that reports it. */
export const FIXTURE_PRODUCERS: Record<keyof typeof FIXTURE_CODES, Producer> = {};

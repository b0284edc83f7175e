import type { CLI_CODES } from '../../../src/problem/codes/cli.js';
import type { Producer } from '../producer.js';

/** For each cli code, a call through the library or CLI that reports it. */
export const CLI_PRODUCERS: Record<keyof typeof CLI_CODES, Producer> = {};

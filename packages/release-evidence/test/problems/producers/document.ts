import type { DOCUMENT_CODES } from '../../../src/problem/codes/document.js';
import type { Producer } from '../producer.js';

/** For each document code, a call through the library or CLI that reports it. */
export const DOCUMENT_PRODUCERS: Record<keyof typeof DOCUMENT_CODES, Producer> = {};

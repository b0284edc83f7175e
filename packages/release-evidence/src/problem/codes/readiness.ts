import { defineCodes } from '../entry.js';

/** Codes of the readiness domain. */
export const READINESS_CODES = defineCodes({});

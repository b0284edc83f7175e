import { defineCodes } from '../entry.js';

/** Codes of the cli domain. */
export const CLI_CODES = defineCodes({});

import { defineCodes } from '../entry.js';

/** Codes of the fixture domain. */
export const FIXTURE_CODES = defineCodes({});

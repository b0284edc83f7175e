import { defineCodes } from '../entry.js';

/** Codes of the privacy domain. */
export const PRIVACY_CODES = defineCodes({});

import { defineCodes } from '../entry.js';

/** Codes of the document domain. */
export const DOCUMENT_CODES = defineCodes({});

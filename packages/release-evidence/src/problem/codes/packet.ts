import { defineCodes } from '../entry.js';

/** Codes of the packet domain. */
export const PACKET_CODES = defineCodes({});

import { CLI_CODES } from './codes/cli.js';
import { DOCUMENT_CODES } from './codes/document.js';
import { FIXTURE_CODES } from './codes/fixture.js';
import { PACKET_CODES } from './codes/packet.js';
import { PRIVACY_CODES } from './codes/privacy.js';
import { READINESS_CODES } from './codes/readiness.js';
import type { CodeEntry } from './entry.js';

/** One table per domain, so each can be read (and reviewed) alone; a code belongs to exactly one (tested). */
export const PROBLEM_DOMAINS = {
  document: DOCUMENT_CODES,
  privacy: PRIVACY_CODES,
  readiness: READINESS_CODES,
  packet: PACKET_CODES,
  fixture: FIXTURE_CODES,
  cli: CLI_CODES,
} as const;

/** Every code the package can report: code → severity, meaning, argument shape and renderer. */
export const PROBLEM_CATALOGUE = {
  ...DOCUMENT_CODES,
  ...PRIVACY_CODES,
  ...READINESS_CODES,
  ...PACKET_CODES,
  ...FIXTURE_CODES,
  ...CLI_CODES,
} as const satisfies Readonly<Record<string, CodeEntry>>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

const ENTRIES: ReadonlyMap<string, CodeEntry> = new Map(Object.entries(PROBLEM_CATALOGUE));

/** The catalogue row of a code. Typed callers cannot miss; an untyped caller's unknown code is a bug, so it throws. */
export function entryOf(code: ProblemCode): CodeEntry {
  const entry = ENTRIES.get(code);
  if (entry === undefined) throw new TypeError('not a problem code');
  return entry;
}

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && ENTRIES.has(value);
}

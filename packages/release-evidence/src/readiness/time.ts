import { parseDuration, parseTimestamp } from '../contract/index.js';

/** Milliseconds since the epoch of a contract timestamp, or NaN when it is not one. */
export function instantOf(timestamp: unknown): number {
  return typeof timestamp === 'string' ? parseTimestamp(timestamp) : Number.NaN;
}

/** Milliseconds of a contract duration, or NaN when it is not one. */
export function durationMs(duration: string): number {
  return parseDuration(duration);
}

// The fraction digits after the first three: what `instantOf` truncates. Offsets are whole minutes, so they never
// change this part.
const SUB_MILLISECOND = /^.{19}\.[0-9]{3}([0-9]{1,6})/;

/** The nanoseconds below the millisecond of a contract timestamp (0–999999); 0 when it is not one. */
export function subMillisecondNanos(timestamp: unknown): number {
  if (Number.isNaN(instantOf(timestamp))) return 0;
  const digits = SUB_MILLISECOND.exec(timestamp as string)?.[1];
  return digits === undefined ? 0 : Number(digits.padEnd(6, '0'));
}

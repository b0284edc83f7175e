import { parseDuration, parseTimestamp } from '../contract/index.js';

/** Milliseconds since the epoch of a contract timestamp, or NaN when it is not one. */
export function instantOf(timestamp: unknown): number {
  return typeof timestamp === 'string' ? parseTimestamp(timestamp) : Number.NaN;
}

/** Milliseconds of a contract duration, or NaN when it is not one. */
export function durationMs(duration: string): number {
  return parseDuration(duration);
}

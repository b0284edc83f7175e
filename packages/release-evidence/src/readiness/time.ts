import {
  addMilliseconds,
  compareInstants,
  type Instant,
  NOT_AN_INSTANT,
  parseDuration,
  parseInstant,
  parseTimestamp,
} from '../contract/index.js';

export { addMilliseconds, compareInstants, type Instant };

/** Milliseconds since the epoch of a contract timestamp, or NaN; below a millisecond is dropped, so never compare it. */
export function instantOf(timestamp: unknown): number {
  return typeof timestamp === 'string' ? parseTimestamp(timestamp) : Number.NaN;
}

/** A contract timestamp at full precision, for comparisons (§6); NOT_AN_INSTANT when it is not one. */
export function exactInstantOf(timestamp: unknown): Instant {
  return typeof timestamp === 'string' ? parseInstant(timestamp) : NOT_AN_INSTANT;
}

/** The earliest of `instants`; NOT_AN_INSTANT when there is none, or when any is not an instant. */
export function earliest(instants: readonly Instant[]): Instant {
  let result: Instant | undefined;
  for (const instant of instants) {
    if (Number.isNaN(instant.ms)) return NOT_AN_INSTANT;
    if (result === undefined || compareInstants(instant, result) < 0) result = instant;
  }
  return result ?? NOT_AN_INSTANT;
}

/** Milliseconds of a contract duration, or NaN when it is not one. */
export function durationMs(duration: string): number {
  return parseDuration(duration);
}

// Timestamps and durations as the contract defines them (spec §2), parsed without Date.parse's leniency.

/** RFC 3339 date-time with seconds and `Z` or a numeric offset; fractions up to nanoseconds. */
export const TIMESTAMP_PATTERN =
  '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\.[0-9]{1,9})?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$';

/** ISO 8601 duration with days, hours, minutes and seconds only; at least one component. */
export const DURATION_PATTERN =
  '^P(?=[0-9T])(?:[0-9]{1,6}D)?(?:T(?=[0-9])(?:[0-9]{1,6}H)?(?:[0-9]{1,6}M)?(?:[0-9]{1,6}S)?)?$';
const DURATION = /^P(?=[0-9T])(?:([0-9]{1,6})D)?(?:T(?=[0-9])(?:([0-9]{1,6})H)?(?:([0-9]{1,6})M)?(?:([0-9]{1,6})S)?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); no Date object needed. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number in `text[start, start + length)` when all are ASCII digits, else -1. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * An instant at the full precision a timestamp can carry (spec §6: nothing is cut to milliseconds before a comparison):
 * epoch milliseconds, and the nanoseconds below them (0–999 999). A double cannot hold epoch nanoseconds exactly, so
 * the two parts are kept apart. `ms` is NaN when the text is not a contract timestamp.
 */
export interface Instant {
  readonly ms: number;
  readonly ns: number;
}

export const NOT_AN_INSTANT: Instant = Object.freeze({ ms: Number.NaN, ns: 0 });

/**
 * Returns the instant of a contract timestamp, or NOT_AN_INSTANT (including impossible calendar dates such as
 * 2026-02-30). A leap second (`:60`) counts as the first instant of the next minute. Scanned by hand: it runs for
 * every timestamp of every document, and accepts exactly TIMESTAMP_PATTERN (a test holds the two together).
 */
export function parseInstant(value: string): Instant {
  let instant = recent.get(value);
  if (instant === undefined) {
    instant = scanTimestamp(value);
    // Documents repeat their timestamps (generatedAt is compared with every observation), so remember a few.
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(value, instant);
  }
  return instant;
}

/**
 * The instant as epoch milliseconds, or NaN. Fractions below a millisecond are dropped, so use it for arithmetic and
 * display only; compare instants with `compareInstants`.
 */
export function parseTimestamp(value: string): number {
  return parseInstant(value).ms;
}

/** Negative, zero or positive as `a` is before, at or after `b`, to the nanosecond; NaN when either is no instant. */
export function compareInstants(a: Instant, b: Instant): number {
  const ms = a.ms - b.ms;
  return ms !== 0 ? ms : a.ns - b.ns;
}

/** The instant `ms` whole milliseconds after `instant` (before, when negative). */
export function addMilliseconds(instant: Instant, ms: number): Instant {
  return { ms: instant.ms + ms, ns: instant.ns };
}

const RECENT_LIMIT = 256;
const recent = new Map<unknown, Instant>();

function scanTimestamp(value: string): Instant {
  if (typeof value !== 'string' || value.length < 20 || value.length > 35) return NOT_AN_INSTANT;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  const t = value[10];
  if (value[4] !== '-' || value[7] !== '-' || (t !== 'T' && t !== 't') || value[13] !== ':' || value[16] !== ':') {
    return NOT_AN_INSTANT;
  }
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NOT_AN_INSTANT;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return NOT_AN_INSTANT;
  let index = 19;
  let nanos = 0;
  if (value[index] === '.') {
    const start = ++index;
    while (index < value.length && index - start < 10 && digitsAt(value, index, 1) >= 0) index++;
    const length = index - start;
    if (length < 1 || length > 9) return NOT_AN_INSTANT;
    nanos = digitsAt(value, start, length) * 10 ** (9 - length);
  }
  let offset = 0;
  const zone = value[index];
  if (zone === 'Z' || zone === 'z') {
    if (index + 1 !== value.length) return NOT_AN_INSTANT;
  } else if (zone === '+' || zone === '-') {
    const offsetHour = digitsAt(value, index + 1, 2);
    const offsetMinute = digitsAt(value, index + 4, 2);
    if (index + 6 !== value.length || value[index + 3] !== ':') return NOT_AN_INSTANT;
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return NOT_AN_INSTANT;
    offset = (offsetHour * 60 + offsetMinute) * (zone === '-' ? -1 : 1);
  } else return NOT_AN_INSTANT;
  const minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute;
  const millis = Math.floor(nanos / 1_000_000);
  return { ms: (minutes - offset) * 60_000 + second * 1000 + millis, ns: nanos - millis * 1_000_000 };
}

export function isTimestamp(value: string): boolean {
  return !Number.isNaN(parseTimestamp(value));
}

/** Returns the duration in milliseconds, or NaN when `value` is not a contract duration. */
export function parseDuration(value: string): number {
  if (typeof value !== 'string') return Number.NaN;
  const match = DURATION.exec(value);
  if (!match) return Number.NaN;
  const [, days, hours, minutes, seconds] = match;
  return (
    ((Number(days ?? 0) * 24 + Number(hours ?? 0)) * 60 + Number(minutes ?? 0)) * 60_000 + Number(seconds ?? 0) * 1000
  );
}

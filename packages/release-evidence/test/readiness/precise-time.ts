// Timestamps as epoch nanoseconds (bigint), for tests that need instants finer than Date's milliseconds. Independent of
// the package's own parser on purpose: the oracle must not share the code it judges.

const FRACTION = /\.([0-9]{1,9})(?=[Zz+-])/;
const DURATION = /^P(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

export const MILLISECOND = 1_000_000n;
export const SECOND = 1000n * MILLISECOND;

/** Epoch nanoseconds of an RFC 3339 timestamp: Date.parse for the whole seconds, the digits for the fraction. */
export function nanosOf(text: string): bigint {
  const fraction = FRACTION.exec(text)?.[1] ?? '';
  return BigInt(Date.parse(text.replace(FRACTION, ''))) * MILLISECOND + BigInt(fraction.padEnd(9, '0'));
}

/** A UTC timestamp with nine fraction digits for epoch nanoseconds. */
export function timestampOf(nanos: bigint): string {
  const ms = nanos / MILLISECOND - (nanos % MILLISECOND < 0n ? 1n : 0n);
  const below = nanos - ms * MILLISECOND;
  const whole = new Date(Number(ms)).toISOString();
  return `${whole.slice(0, 23)}${below.toString().padStart(6, '0')}Z`;
}

export function durationNanos(text: string): bigint {
  const match = DURATION.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => BigInt(part ?? 0));
  return ((((days ?? 0n) * 24n + (hours ?? 0n)) * 60n + (minutes ?? 0n)) * 60n + (seconds ?? 0n)) * SECOND;
}

/** Moves every timestamp in a value by the same number of nanoseconds, so consistency rules still hold. */
export function shiftNanos<T>(value: T, nanos: bigint): T {
  if (typeof value === 'string' && TIMESTAMP.test(value)) return timestampOf(nanosOf(value) + nanos) as T;
  if (Array.isArray(value)) return value.map((item) => shiftNanos(item, nanos)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, shiftNanos(member, nanos)])) as T;
  }
  return value;
}

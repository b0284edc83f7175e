import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareInstants, parseDuration, parseInstant, parseTimestamp } from './index.js';
import { DURATION_PATTERN, TIMESTAMP_PATTERN } from './time.js';

/** Strings near the timestamp shape, with the usual mistakes mixed in. */
const nearTimestamp = fc.stringMatching(
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{0,10})?([Zz]|[+-][0-9]{2}:?[0-9]{2})?$/,
);

function calendarValid(text: string): boolean {
  const [year, month, day] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('parseTimestamp agrees with the published pattern', () => {
  test('it accepts exactly the pattern plus a real calendar date', () => {
    const pattern = new RegExp(TIMESTAMP_PATTERN);
    fc.assert(
      fc.property(nearTimestamp, (text) => {
        expect(!Number.isNaN(parseTimestamp(text))).toBe(pattern.test(text) && calendarValid(text));
      }),
      { numRuns: 3000 },
    );
  });
  test('it gives the same instant as Date.parse for ordinary timestamps', () => {
    const ordinary = nearTimestamp.filter((text) => /^[12][0-9]{3}/.test(text) && !/[tz ]|:60/.test(text));
    fc.assert(
      fc.property(ordinary, (text) => {
        const parsed = parseTimestamp(text);
        if (!Number.isNaN(parsed)) expect(parsed).toBe(Date.parse(text));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Epoch nanoseconds as a bigint: Date.parse for the whole milliseconds, the fraction's digits for the rest. */
function referenceNanos(text: string): bigint {
  const fraction = /\.([0-9]+)/.exec(text)?.[1] ?? '';
  const wholeSeconds = Date.parse(text.replace(/\.[0-9]+/, ''));
  return BigInt(wholeSeconds) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}

describe('instants keep their full precision (§6)', () => {
  test('parseInstant splits milliseconds and the nanoseconds below them', () => {
    expect(parseInstant('2026-11-25T18:51:26.445999Z')).toEqual({
      ms: Date.UTC(2026, 10, 25, 18, 51, 26, 445),
      ns: 999_000,
    });
    expect(parseInstant('2026-11-25T18:51:26.123456789+01:00')).toEqual({
      ms: Date.UTC(2026, 10, 25, 17, 51, 26, 123),
      ns: 456_789,
    });
    expect(parseInstant('2026-11-25T18:51:26Z').ns).toBe(0);
    expect(parseInstant('2026-11-25').ms).toBeNaN();
  });
  test('…26.445999Z is later than …26.445Z, and trailing zeros change nothing', () => {
    const later = parseInstant('2026-11-25T18:51:26.445999Z');
    expect(compareInstants(later, parseInstant('2026-11-25T18:51:26.445Z'))).toBeGreaterThan(0);
    expect(compareInstants(parseInstant('2026-11-25T18:51:26.4450Z'), parseInstant('2026-11-25T18:51:26.445Z'))).toBe(
      0,
    );
    expect(compareInstants(later, parseInstant('nope'))).toBeNaN();
  });
  test('compareInstants orders timestamps exactly as their epoch nanoseconds do', () => {
    const precise = fc
      .tuple(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.stringMatching(/^(\.[0-9]{1,9})?$/),
        fc.constantFrom('Z', '+00:00', '+05:30', '-11:45'),
      )
      .map(([date, fraction, zone]) => `${date.toISOString().slice(0, 19)}${fraction}${zone}`);
    fc.assert(
      fc.property(precise, precise, (a, b) => {
        const expected = Math.sign(Number(referenceNanos(a) - referenceNanos(b)));
        expect(Math.sign(compareInstants(parseInstant(a), parseInstant(b)))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseDuration agrees with the published pattern', () => {
  test('it accepts exactly the pattern', () => {
    const pattern = new RegExp(DURATION_PATTERN);
    const nearDuration = fc.stringMatching(/^P?([0-9]{0,7}[DYMW])?(T?([0-9]{0,7}[HMS.]){0,3})?$/);
    fc.assert(
      fc.property(nearDuration, (text) => {
        expect(!Number.isNaN(parseDuration(text))).toBe(pattern.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDuration, parseTimestamp } from '../../src/contract/index.js';
import { DURATION_PATTERN, TIMESTAMP_PATTERN } from '../../src/contract/time.js';

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

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isOriginUrl, ORIGIN_URL_PATTERN } from './origin-url.js';

/** The rule as one regex (the JSON Schema's pattern) plus the port bound the pattern cannot say. */
function byPattern(url: string): boolean {
  const port = /:([0-9]{1,5})\/?$/.exec(url)?.[1];
  return new RegExp(ORIGIN_URL_PATTERN).test(url) && (port === undefined || Number(port) <= 65535);
}

const label = fc.stringMatching(/^[A-Za-z0-9-]{1,8}$/);
const suffix = fc.constantFrom(
  '',
  '.local',
  '.LocalHost',
  '.internal',
  '.INTERNAL',
  '.locals',
  'local',
  '.com',
  '.0x7f',
);
const host = fc.oneof(
  fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), suffix).map(([labels, end]) => labels.join('.') + end),
  // Hosts of 239 to 263 characters, around the 253 limit.
  fc
    .tuple(fc.integer({ min: 118, max: 130 }), fc.constantFrom('com', 'co'))
    .map(([count, top]) => 'a.'.repeat(count) + top),
);
const tail = fc.constantFrom(
  '',
  '/',
  ':443',
  ':443/',
  ':65535',
  ':65536',
  ':0',
  ':08',
  ':99999',
  '/x',
  ':',
  '//',
  '?',
  ':8:9',
);
const url = fc.oneof(
  fc.tuple(fc.constantFrom('https://', 'http://', 'https:/'), host, tail).map((parts) => parts.join('')),
  fc.string(),
);

describe('isOriginUrl', () => {
  test('accepts exactly what the pattern and the port bound accept', () => {
    fc.assert(
      fc.property(url, (text) => {
        expect(isOriginUrl(text)).toBe(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});

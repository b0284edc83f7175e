import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KINDS, validateDocument } from '../../src/contract/index.js';
import type { PathSegment } from '../../src/json/index.js';
import { renderProblem } from '../../src/problem/index.js';
import { sampleEntries } from '../samples/index.js';
import { NOW, withField } from './helpers.js';

const SAMPLES = sampleEntries(NOW).map(([, doc]) => doc);

/** Every path to a member or item in `value`, parents before children. */
function pathsOf(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [PathSegment, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function leafPathsOf(value: unknown): PathSegment[][] {
  return pathsOf(value).filter((path) => {
    let node: unknown = value;
    for (const segment of path) node = (node as Record<PathSegment, unknown>)[segment];
    return node === null || typeof node !== 'object';
  });
}

/** Mixed-case letters and digits, 8–20 characters, at least one of each: shaped like a credential fragment. */
const planted = fc
  .stringMatching(/^[A-Za-z0-9]{8,20}$/)
  .filter((value) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value));

function neverEchoes(doc: unknown, secret: string): void {
  const result = validateDocument(doc);
  for (const issue of result.errors) {
    expect(renderProblem(issue)).not.toContain(secret);
    expect(issue.pointer).not.toContain(secret);
  }
  const text = validateDocument(JSON.stringify(doc));
  expect(JSON.stringify(text.errors)).not.toContain(secret);
}

describe('validation never throws', () => {
  test('for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        validateDocument(value);
        validateDocument(JSON.stringify(value) ?? '');
      }),
      { numRuns: 500 },
    );
  });
  test('for arbitrary objects with a known kind', () => {
    const doc = fc.record({
      kind: fc.constantFrom(...KINDS),
      contract: fc.constant('release-evidence/v1'),
      rest: fc.dictionary(fc.string(), fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true })),
    });
    fc.assert(
      fc.property(doc, ({ rest, ...head }) => {
        const result = validateDocument({ ...rest, ...head });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  test('for anything, including odd prototypes, boxed values and sparse arrays', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (value) => void validateDocument(value)),
      { numRuns: 500 },
    );
  });
  test('for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void validateDocument(text)),
      { numRuns: 500 },
    );
  });
  test('for valid samples with any member replaced by any value', () => {
    const site = fc
      .constantFrom(...SAMPLES)
      .chain((doc) => fc.tuple(fc.constant(doc), fc.constantFrom(...pathsOf(doc)), fc.jsonValue({ maxDepth: 3 })));
    fc.assert(
      fc.property(site, ([doc, path, value]) => {
        const mutated = withField(doc, path, value);
        validateDocument(mutated);
        validateDocument(JSON.stringify(mutated));
      }),
      { numRuns: 500 },
    );
  });
});

describe('issues never repeat a value', () => {
  test('a credential-shaped string planted in any one field is not echoed', () => {
    const site = fc
      .constantFrom(...SAMPLES)
      .chain((doc) => fc.tuple(fc.constant(doc), fc.constantFrom(...pathsOf(doc)), planted));
    fc.assert(
      fc.property(site, ([doc, path, secret]) => neverEchoes(withField(doc, path, secret), secret)),
      { numRuns: 1000 },
    );
  });
  test('planted in every field of every sample, one at a time', () => {
    fc.assert(
      fc.property(planted, (secret) => {
        for (const doc of SAMPLES) {
          for (const path of pathsOf(doc)) neverEchoes(withField(doc, path, secret), secret);
        }
      }),
      { numRuns: 3 },
    );
  });
  test('planted in all leaf fields at once', () => {
    fc.assert(
      fc.property(planted, (secret) => {
        for (const doc of SAMPLES) {
          let mutated = doc;
          for (const path of leafPathsOf(doc)) mutated = withField(mutated, path, secret);
          neverEchoes(mutated, secret);
        }
      }),
      { numRuns: 20 },
    );
  });
});

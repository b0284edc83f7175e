import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import * as scalars from '../../src/contract/scalars.js';

type Piped = v.GenericSchema & { pipe: [v.GenericSchema, ...v.GenericValidation[]] };

/** Every fused scalar of scalars.ts, with a plain valibot pipe built from the same items. */
const FUSED = Object.entries(scalars).flatMap(([name, value]) => {
  const schema = value as Partial<Piped>;
  if (typeof schema !== 'object' || !Array.isArray(schema.pipe)) return [];
  const plain = v.pipe(...(schema.pipe as [v.GenericSchema, ...v.GenericValidation[]]));
  return [[name, schema as Piped, plain] as const];
});

const inputs = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[a-zA-Z0-9._:/#@ -]{0,20}$/),
  fc.constantFrom('2026-11-25T12:00:00Z', 'https://a.example.com', 'PT5M', 'main', 'DEFER-1', 'a/b'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -0, 0.5, 100, 101),
  fc.constantFrom(null, undefined, true, [], {}),
);

/** What the engine reads from an issue: type failures become invalid-type, actions carry their code as message. */
function codeOf(issue: v.BaseIssue<unknown>): string {
  return issue.kind === 'schema' ? 'invalid-type' : issue.message;
}

describe('fused scalars run exactly like their valibot pipes', () => {
  test('there are fused scalars to compare', () => {
    expect(FUSED.length).toBeGreaterThan(15);
  });
  test.each(FUSED)('%s', (_name, fast, plain) => {
    fc.assert(
      fc.property(inputs, (input) => {
        const expected = v.safeParse(plain, input, { abortPipeEarly: true });
        const actual = v.safeParse(fast, input, { abortPipeEarly: true });
        expect(actual.success).toBe(expected.success);
        expect(actual.issues?.map(codeOf)).toEqual(expected.issues?.map(codeOf));
      }),
      { numRuns: 300 },
    );
  });
});

import * as v from 'valibot';
import type { IssueCode } from './codes.js';

// A contract scalar is one valibot `custom` schema rather than a pipe of a type schema and its actions: a pipe costs a
// call per step for every value of every document, and scalars are most of a document's values. Each scalar is
// defined by a small table of its rules, from which both its check and its JSON Schema are made, so the two cannot
// drift. The checks run in the order the pipe had (type, length, format, characters) and the first failure names the
// issue code, which is what the pipe reported under `abortPipeEarly`.

/** What a JSON Schema says about a scalar: its `type` and the keywords of its rules. */
export type ScalarJsonSchema = Readonly<Record<string, unknown>>;

const JSON_SCHEMAS = new WeakMap<object, ScalarJsonSchema>();

/** The JSON Schema of a scalar made here, or undefined for any other schema. */
export function scalarJsonSchema(schema: object): ScalarJsonSchema | undefined {
  return JSON_SCHEMAS.get(schema);
}

/** `failure` names the first rule a value breaks, or is undefined for a valid value. */
function scalar<T>(failure: (value: unknown) => IssueCode | undefined, json: ScalarJsonSchema) {
  const schema = v.custom<T>(
    (value) => failure(value) === undefined,
    (issue) => failure(issue.input) ?? 'invalid-type',
  );
  JSON_SCHEMAS.set(schema, json);
  return schema;
}

export interface StringRules {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Checked as a regular expression, and carried by the JSON Schema. */
  readonly pattern?: string;
  /** A format checked in code (`invalid-format`), with the pattern the JSON Schema carries instead, if any. */
  readonly test?: { readonly accepts: (value: string) => boolean; readonly pattern?: string };
  /** I-JSON text is well-formed UTF-16: no lone surrogates (`invalid-unicode`). JSON Schema cannot say it. */
  readonly wellFormed?: boolean;
}

/** A string scalar: `invalid-type`, then `invalid-length`, `invalid-format` and `invalid-unicode` in that order. */
export function stringScalar(rules: StringRules) {
  const { minLength = 0, maxLength = Number.POSITIVE_INFINITY, test, wellFormed = false } = rules;
  const regex = rules.pattern === undefined ? undefined : new RegExp(rules.pattern);
  const failure = (value: unknown): IssueCode | undefined => {
    if (typeof value !== 'string') return 'invalid-type';
    if (value.length < minLength || value.length > maxLength) return 'invalid-length';
    if ((regex !== undefined && !regex.test(value)) || (test !== undefined && !test.accepts(value))) {
      return 'invalid-format';
    }
    return wellFormed && !value.isWellFormed() ? 'invalid-unicode' : undefined;
  };
  // As valibot's converter writes a regex: its `source`, which escapes `/`.
  const pattern = regex?.source ?? test?.pattern;
  return scalar<string>(failure, {
    type: 'string',
    ...(rules.minLength === undefined ? {} : { minLength }),
    ...(rules.maxLength === undefined ? {} : { maxLength }),
    ...(pattern === undefined ? {} : { pattern }),
  });
}

/** An integer from `minimum` to `maximum`: `invalid-type` (not an integer), `out-of-range`, then `number-range`. */
export function integerScalar(minimum: number, maximum: number) {
  const failure = (value: unknown): IssueCode | undefined => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return 'invalid-type';
    if (value < minimum) return 'out-of-range';
    return value > maximum ? 'number-range' : undefined;
  };
  return scalar<number>(failure, { type: 'integer', minimum, maximum });
}

/** A number from `minimum` to `maximum` (`out-of-range` outside); NaN is not a number, as for `v.number()`. */
export function rangeScalar(minimum: number, maximum: number) {
  const failure = (value: unknown): IssueCode | undefined => {
    if (typeof value !== 'number' || Number.isNaN(value)) return 'invalid-type';
    return value < minimum || value > maximum ? 'out-of-range' : undefined;
  };
  return scalar<number>(failure, { type: 'number', minimum, maximum });
}

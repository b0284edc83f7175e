import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { issuesOf, samples, withField } from '../../test/contract/helpers.js';
import { closedObject, kindVariant } from './closed.js';
import { validateDocument } from './index.js';
import { jsonSchemaFor } from './json-schema.js';
import { exactly, label } from './scalars.js';

const s = samples();

/** `code /path` of each issue valibot reports, its code being the message the closed shapes set. */
function reported(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value, { abortEarly: false, abortPipeEarly: true });
  return (result.issues ?? []).map(
    (issue) => `${issue.message} /${(issue.path ?? []).map((item) => item.key).join('/')}`,
  );
}

describe('closed objects', () => {
  test('take any number of members: each missing one is required, each unknown one reported', () => {
    const names = Array.from({ length: 40 }, (_, index) => `m${index}`);
    const wide = closedObject(Object.fromEntries(names.map((name) => [name, label])));
    const full = Object.fromEntries(names.map((name) => [name, 'ok']));
    expect(reported(wide, full)).toEqual([]);
    const { m35, ...missing } = full;
    expect(reported(wide, { ...missing, x1: 1, x2: 2 })).toEqual([
      'required /m35',
      'unknown-field /x1',
      'unknown-field /x2',
    ]);
  });
  test('report the keys valibot skips together with every other issue', () => {
    const doc = JSON.parse('{"__proto__":1,"constructor":2,"a":"Bad Label","b":3}');
    const shape = closedObject({ a: label });
    expect(reported(shape, doc).sort()).toEqual([
      'invalid-format /a',
      'unknown-field /__proto__',
      'unknown-field /b',
      'unknown-field /constructor',
    ]);
  });
  test('an array is one invalid-type, however many members valibot would read in it', () => {
    expect(issuesOf(withField(s.source, ['subject'], ['a', 'b']))).toEqual(['invalid-type /subject']);
    expect(issuesOf(withField(s.candidate, ['policy'], []))).toEqual(['invalid-type /policy']);
    expect(issuesOf(withField(s.candidate, ['remedies'], ['x']))).toEqual(['invalid-type /remedies']);
  });
  test('convert to strict JSON Schema objects, inline', () => {
    const schema = jsonSchemaFor('release-status') as Record<string, unknown>;
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).not.toContain('$ref');
    expect(schema).not.toHaveProperty('$defs');
  });
});

describe('kind variants', () => {
  const variant = kindVariant([closedObject({ kind: exactly('a'), id: label }), closedObject({ kind: exactly('b') })]);
  test('run only the chosen kind', () => {
    expect(reported(variant, { kind: 'a', id: 'x' })).toEqual([]);
    expect(reported(variant, { kind: 'b', id: 'x' })).toEqual(['unknown-field /id']);
  });
  test('a missing kind is required, an unlisted one unknown-kind, a non-object invalid-type', () => {
    expect(reported(variant, { id: 'x' })).toEqual(['required /kind']);
    expect(reported(variant, { kind: undefined })).toEqual(['unknown-kind /kind']);
    expect(reported(variant, { kind: 'c' })).toEqual(['unknown-kind /kind']);
    expect(reported(variant, null)).toEqual(['invalid-type /']);
  });
  test('inside a document, an array for an evidence document is invalid-type', () => {
    const doc = withField(s.fixture, ['artifacts', 0, 'document'], []);
    expect(validateDocument(doc).errors.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual([
      'invalid-type /artifacts/0/document',
    ]);
  });
});

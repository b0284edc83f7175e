import * as v from 'valibot';
import type { PathSegment } from '../json/tokenize.js';
import { EXTENSION_KEY_PATTERN } from './patterns.js';
import { walkValue } from './value-walk.js';

// Valibot's strictObject stops at the first unknown key, and both it and record skip `__proto__`, `constructor` and
// `prototype`. The contract wants every unknown member reported, those three included, and arrays are not objects.
// These wrappers keep valibot's schema objects (so JSON Schema export sees strict_object and record) and replace only
// the run step.

type Dataset = { value: unknown; typed?: boolean; issues?: v.BaseIssue<unknown>[] };
type Run = (dataset: Dataset, config: v.Config<v.BaseIssue<unknown>>) => Dataset;

/** Keys valibot never visits in objects and records. */
const HIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

function keyIssue(input: object, key: string, code: string, type: string): v.BaseIssue<unknown> {
  return {
    kind: 'schema',
    type,
    input: key,
    expected: null,
    received: 'key',
    message: code,
    path: [{ type: 'object', origin: 'key', input, key, value: undefined } as unknown as v.IssuePathItem],
  };
}

function typeIssue(input: unknown, type: string): v.BaseIssue<unknown> {
  return { kind: 'schema', type, input, expected: 'Object', received: typeof input, message: 'invalid-type' };
}

function report(dataset: Dataset, issue: v.BaseIssue<unknown>): void {
  dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}

function withRun<T extends object>(schema: T, run: (base: Run) => Run): T {
  const base = (schema as unknown as { '~run': Run })['~run'].bind(schema);
  return Object.assign(schema, { '~run': run(base) });
}

/**
 * A closed object: every member not in `entries` is an `unknown-field` issue. It runs the member schemas itself
 * (valibot's object copies every object it checks; the contract has no transformations, so the input is the output).
 */
export function closedObject<const E extends v.ObjectEntries>(entries: E): v.StrictObjectSchema<E, undefined> {
  const members = Object.entries(entries).map(([key, schema]) => ({
    key,
    schema: schema as unknown as { '~run': Run; type: string },
    optional: schema.type === 'optional',
  }));
  const known: ReadonlySet<string> = new Set(Object.keys(entries));
  const strict = v.strictObject(entries);
  return withRun(strict, () => (dataset, config) => {
    const input = dataset.value;
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      report(dataset, typeIssue(input, 'strict_object'));
      return dataset;
    }
    dataset.typed = true;
    const record = input as Record<string, unknown>;
    let present = 0;
    for (const { key, schema, optional } of members) {
      const value = record[key];
      // Reading first is cheaper than asking about ownership; only `undefined` needs the question.
      if (value === undefined && !Object.hasOwn(record, key)) {
        if (!optional) report(dataset, keyIssue(record, key, 'required', 'strict_object'));
        continue;
      }
      present++;
      const result = schema['~run']({ value }, config);
      if (result.issues) {
        for (const issue of result.issues) {
          const item = { type: 'object', origin: 'value', input: record, key, value } as unknown as v.IssuePathItem;
          const path = issue.path ? [item, ...issue.path] : [item];
          report(dataset, { ...issue, path: path as [v.IssuePathItem, ...v.IssuePathItem[]] });
        }
      } else if (!result.typed) dataset.typed = false;
    }
    // Own keys beyond the members present are unknown; Object.keys sees an own `__proto__` too.
    const keys = Object.keys(record);
    if (keys.length !== present) {
      for (const key of keys)
        if (!known.has(key)) report(dataset, keyIssue(record, key, 'unknown-field', 'strict_object'));
    }
    return dataset;
  });
}

/**
 * One of several closed objects, chosen by their `kind` constant. A missing kind is `required` and an unlisted one is
 * `unknown-kind`, both at the `kind` member; otherwise only the chosen schema runs.
 */
export function kindVariant<const O extends v.VariantOptions<'kind'>>(
  options: O,
): v.VariantSchema<'kind', O, undefined> {
  const byKind = new Map<unknown, Run>(
    options.map((option) => {
      const { entries } = option as unknown as { entries: { kind: { literal: string } } };
      const run = (option as unknown as { '~run': Run })['~run'].bind(option);
      return [entries.kind.literal, run];
    }),
  );
  return withRun(v.variant('kind', options), () => (dataset, config) => {
    const input = dataset.value;
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      report(dataset, typeIssue(input, 'variant'));
      return dataset;
    }
    const hasKind = Object.hasOwn(input, 'kind');
    const run = hasKind ? byKind.get((input as { kind?: unknown }).kind) : undefined;
    if (run) return run(dataset, config);
    report(dataset, keyIssue(input, 'kind', hasKind ? 'unknown-kind' : 'required', 'variant'));
    return dataset;
  });
}

/**
 * A record whose keys `key` checks; the keys valibot skips are reported with `hiddenKeyCode`, since none of them can
 * pass a contract key rule.
 */
export function checkedRecord<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(
  key: K,
  value: V,
  hiddenKeyCode: string,
): v.RecordSchema<K, V, undefined> {
  return withRun(v.record(key, value), (base) => (dataset, config) => {
    const input = dataset.value;
    if (Array.isArray(input)) {
      report(dataset, typeIssue(input, 'record'));
      return dataset;
    }
    const result = base(dataset, config);
    if (input !== null && typeof input === 'object') {
      for (const hidden of HIDDEN_KEYS) {
        if (Object.hasOwn(input, hidden)) report(result, keyIssue(input, hidden, hiddenKeyCode, 'record'));
      }
    }
    return result;
  });
}

const EXTENSION_KEY = new RegExp(EXTENSION_KEY_PATTERN);

/**
 * `extensions`: any JSON values under keys `x-…`; a key of another shape is an `unknown-field` issue. The values are
 * free, so they are walked here for what I-JSON forbids (lone surrogates, unsafe integers, non-JSON values); every
 * other position is typed by its schema, which already rules those out.
 */
export function extensionsRecord() {
  const record = checkedRecord(
    v.pipe(v.string(), v.regex(EXTENSION_KEY, 'unknown-field')),
    v.unknown(),
    'unknown-field',
  );
  return withRun(record, (base) => (dataset, config) => {
    const input = dataset.value;
    const result = base(dataset, config);
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return result;
    for (const key of Object.keys(input)) {
      walkValue((input as Record<string, unknown>)[key], (code, path) =>
        report(result, pathIssue(code, [key, ...path])),
      );
    }
    return result;
  });
}

function pathIssue(code: string, path: readonly PathSegment[]): v.BaseIssue<unknown> {
  return {
    kind: 'validation',
    type: 'check',
    input: undefined,
    expected: null,
    received: 'value',
    message: code,
    path: path.map((key) => ({
      type: 'object',
      origin: 'value',
      input: undefined,
      key,
      value: undefined,
    })) as unknown as [v.IssuePathItem, ...v.IssuePathItem[]],
  };
}

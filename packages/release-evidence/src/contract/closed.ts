import * as v from 'valibot';
import { isRecord } from '../json/record.js';
import type { PathSegment } from '../json/tokenize.js';
import { type Leaf, leafOf, passes } from './fused.js';
import { EXTENSION_KEY_PATTERN } from './patterns.js';
import { walkValue } from './value-walk.js';

// Valibot's strictObject stops at the first unknown key, and both it and record skip `__proto__`, `constructor` and
// `prototype`. The contract wants every unknown member reported, those three included, and arrays are not objects.
// These wrappers keep valibot's schema objects (so JSON Schema export sees strict_object and record) and replace only
// the run step.

type Dataset = { value: unknown; typed?: boolean; issues?: v.BaseIssue<unknown>[] };
type Config = v.Config<v.BaseIssue<unknown>>;
type Run = (dataset: Dataset, config: Config) => Dataset;
type Schema = { '~run': Run; type: string };
/** A member or element schema, read as a leaf when it is one. */
interface Part {
  readonly schema: Schema;
  readonly leaf: Leaf | undefined;
}

interface Member extends Part {
  readonly key: string;
  readonly index: number;
  readonly bit: number;
  readonly optional: boolean;
}

function partOf(schema: unknown): Part {
  return { schema: schema as Schema, leaf: leafOf(schema) };
}

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

/** Prefixes fresh issues (each run makes its own) with the path item of their member or element, in place. */
function reportAt(dataset: Dataset, issues: v.BaseIssue<unknown>[], item: v.IssuePathItem): void {
  for (const issue of issues as { path?: v.IssuePathItem[] }[]) {
    if (issue.path) issue.path.unshift(item);
    else issue.path = [item];
    report(dataset, issue as v.BaseIssue<unknown>);
  }
}

/**
 * Runs `schema` on a member or element value. A leaf is checked as data first and runs in full only when that fails,
 * to collect its issues; a valid leaf value then costs no call through the schema and no dataset.
 */
function runPart(dataset: Dataset, config: Config, part: Part, parent: object, key: PathSegment, value: unknown): void {
  if (part.leaf !== undefined && passes(part.leaf, value)) return;
  const result = part.schema['~run']({ value }, config);
  if (result.issues) {
    const type = Array.isArray(parent) ? 'array' : 'object';
    const item = { type, origin: 'value', input: parent, key, value } as unknown as v.IssuePathItem;
    reportAt(dataset, result.issues, item);
  } else if (!result.typed) dataset.typed = false;
}

/**
 * A closed object: every member not in `entries` is an `unknown-field` issue. It runs the member schemas itself
 * (valibot's object copies every object it checks; the contract has no transformations, so the input is the output).
 */
export function closedObject<const E extends v.ObjectEntries>(entries: E): v.StrictObjectSchema<E, undefined> {
  const keys = Object.keys(entries);
  if (keys.length > 30) throw new Error('closedObject takes at most 30 members');
  const members: Member[] = keys.map((key, index) => {
    const schema = entries[key] as v.GenericSchema;
    return { key, index, bit: 1 << index, optional: schema.type === 'optional', ...partOf(schema) };
  });
  const byKey = new Map(members.map((member) => [member.key, member]));
  const all = (1 << keys.length) - 1;
  return withRun(v.strictObject(entries), () => (dataset, config) => {
    const input = dataset.value;
    if (!isRecord(input)) {
      report(dataset, typeIssue(input, 'strict_object'));
      return dataset;
    }
    dataset.typed = true;
    const record = input as Record<string, unknown>;
    // Walking the keys the object has is faster than reading each member by name: V8 reads them by field index.
    // Keys usually come in member order, so the next members are tried before the map. `for…in` also meets
    // enumerable inherited keys; those are not unknown members.
    let met = 0;
    let next = 0;
    for (const key in record) {
      // An absent optional member is the usual reason for a miss: step over those before asking the map.
      let member = members[next];
      while (member !== undefined && member.key !== key && member.optional) member = members[member.index + 1];
      if (member === undefined || member.key !== key) member = byKey.get(key);
      if (member === undefined) {
        if (Object.hasOwn(record, key)) report(dataset, keyIssue(record, key, 'unknown-field', 'strict_object'));
        continue;
      }
      next = member.index + 1;
      met |= member.bit;
      checkMember(dataset, config, record, member, record[key]);
    }
    // A member the walk did not meet is absent, unless it is non-enumerable or inherited: then read it by name.
    if (met !== all) {
      for (const member of members) {
        if ((met & member.bit) !== 0) continue;
        if (member.key in record) checkMember(dataset, config, record, member, record[member.key]);
        else if (!member.optional) report(dataset, keyIssue(record, member.key, 'required', 'strict_object'));
      }
    }
    return dataset;
  });
}

/** A member is missing when it reads as `undefined` and is not an own property (`{ a: undefined }` has `a`). */
function checkMember(dataset: Dataset, config: Config, record: object, member: Member, value: unknown): void {
  if (value === undefined && !Object.hasOwn(record, member.key)) {
    if (!member.optional) report(dataset, keyIssue(record, member.key, 'required', 'strict_object'));
  } else runPart(dataset, config, member, record, member.key, value);
}

/** An array whose elements are checked in place (valibot's array copies every array it checks). */
export function closedArray<const T extends v.GenericSchema>(item: T): v.ArraySchema<T, undefined> {
  const part = partOf(item);
  return withRun(v.array(item), (base) => (dataset, config) => {
    const input = dataset.value;
    if (!Array.isArray(input)) return base(dataset, config);
    dataset.typed = true;
    for (let index = 0; index < input.length; index++) {
      const value = input[index];
      runPart(dataset, config, part, input, index, value);
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
    if (!isRecord(input)) {
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
    if (!isRecord(input)) return result;
    for (const key of Object.keys(input)) {
      walkValue(input[key], (code, path) => report(result, pathIssue(code, [key, ...path])));
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

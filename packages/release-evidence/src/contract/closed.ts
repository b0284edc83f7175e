import * as v from 'valibot';
import { isRecord } from '../json/record.js';
import type { PathSegment } from '../json/tokenize.js';
import type { IssueCode } from './codes.js';
import { EXTENSION_KEY_PATTERN } from './patterns.js';
import { walkValue } from './value-walk.js';

// Closed shapes, composed from valibot's public API only:
// - `objectWithRest(entries, never)` reports every unknown member (`strictObject` stops at the first one);
// - valibot's objects and records skip `__proto__`, `constructor` and `prototype` and take an array for an object. A
//   shape only sees its output (a copy without those keys), so each is wrapped in a `lazy`, whose getter sees the
//   input: for such an input it adds a `rawCheck` that reports them (validate.ts turns what valibot found inside an
//   array read as an object into the array's own issue). Every other input runs the shape as it is.
// A pipe skips its actions once its schema has an issue when `abortPipeEarly` is set, and the contract sets it so that a
// scalar reports only its first failure. The rawCheck must run anyway, so that pipe runs with `abortPipeEarly` off and
// gives the shape's members the contract's setting back.

const SHAPE_CONFIG = { abortPipeEarly: false } as const;
const MEMBER_CONFIG = { abortPipeEarly: true } as const;

/** Keys valibot never visits in objects and records. */
const HIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Runs for every object the contract checks, so it is spelled out rather than a loop with a callback. */
function hasHiddenKey(input: Record<string, unknown>): boolean {
  return Object.hasOwn(input, '__proto__') || Object.hasOwn(input, 'constructor') || Object.hasOwn(input, 'prototype');
}

function keyItem(input: Record<string, unknown>, key: string): v.ObjectPathItem {
  return { type: 'object', origin: 'key', input, key, value: input[key] };
}

/** `schema`, then a report of what it cannot see in `input`: that it is an array, or its hidden keys. */
function reportingSkipped<const S extends v.GenericSchema>(schema: S, input: unknown, hiddenKeyCode: IssueCode) {
  const report = v.rawCheck<v.InferOutput<S>>(({ addIssue }) => {
    if (Array.isArray(input)) addIssue({ message: 'invalid-type' });
    if (!isRecord(input)) return;
    for (const key of HIDDEN_KEYS) {
      if (Object.hasOwn(input, key)) addIssue({ input: key, message: hiddenKeyCode, path: [keyItem(input, key)] });
    }
  });
  return v.config(v.pipe(v.config(schema, MEMBER_CONFIG), report), SHAPE_CONFIG);
}

/** `schema` for plain objects and non-objects; `skipped` (the schema with a report) for what valibot would miss. */
function closedShape<const S extends v.GenericSchema>(schema: S, skipped: (input: unknown) => S): v.LazySchema<S> {
  return v.lazy((input) =>
    Array.isArray(input) || (isRecord(input) && hasHiddenKey(input)) ? skipped(input) : schema,
  );
}

/** Every member not in `entries` fails this, and reports itself as `unknown-field`. */
const unknownMember = v.never('unknown-field');

/** Valibot reports a value that is not an object, and a missing member at its key (its path is set then). */
function objectMessage(issue: v.ObjectWithRestIssue): IssueCode {
  return issue.path === undefined ? 'invalid-type' : 'required';
}

type StrictOf<E extends v.ObjectEntries> = v.StrictObjectSchema<E, undefined>;
type WithRest<E extends v.ObjectEntries> = v.ObjectWithRestSchema<E, typeof unknownMember, typeof objectMessage>;

/**
 * A closed object as valibot's public types describe it: an `object_with_rest` schema whose rest is `never`, typed
 * with a strict object's input and output. Valibot types the rest as `{ [key: string]: never }`, which would make
 * every member `never`; no extra member passes the rest, so the strict object's types are the exact ones.
 */
export type ClosedObject<E extends v.ObjectEntries> = Omit<WithRest<E>, '~types' | '~run' | '~standard'> &
  v.GenericSchema<v.InferInput<StrictOf<E>>, v.InferOutput<StrictOf<E>>>;

/** A closed object: every member not in `entries` is an `unknown-field` issue, at any number of members. */
export function closedObject<const E extends v.ObjectEntries>(entries: E): v.LazySchema<ClosedObject<E>> {
  const object = v.objectWithRest(entries, unknownMember, objectMessage);
  return closedShape<ClosedObject<E>>(object, (input) => reportingSkipped(object, input, 'unknown-field'));
}

type KindOption = v.VariantOptions<'kind'>[number];
/** A schema as its input and output types describe it (a shape with its report adds an issue type). */
type Typed<S extends v.GenericSchema> = v.GenericSchema<v.InferInput<S>, v.InferOutput<S>>;

/** Valibot reports a value that is not an object without a path, and an unlisted or missing `kind` at `kind`. */
function kindMessage(issue: v.VariantIssue): IssueCode {
  const parent = issue.path?.[0]?.input;
  if (parent === undefined) return 'invalid-type';
  return isRecord(parent) && Object.hasOwn(parent, 'kind') ? 'unknown-kind' : 'required';
}

/**
 * One of several closed objects, chosen by their `kind` constant. A missing kind is `required` and an unlisted one is
 * `unknown-kind`, both at the `kind` member; otherwise only the chosen schema runs.
 */
export function kindVariant<const T extends readonly KindOption[]>(
  options: { readonly [K in keyof T]: v.LazySchema<T[K]> },
) {
  // The variant reads each option's entries, so it takes the objects; the variant's own shape reports what they skip.
  const objects: T[number][] = [];
  for (const option of options) objects.push(option.getter(undefined));
  const variant = v.variant('kind', objects, kindMessage);
  return closedShape<Typed<typeof variant>>(variant, (input) => reportingSkipped(variant, input, 'unknown-field'));
}

/**
 * A record whose keys `key` checks; the keys valibot skips are reported with `hiddenKeyCode`, since none of them can
 * pass a contract key rule.
 */
export function checkedRecord<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(
  key: K,
  value: V,
  hiddenKeyCode: IssueCode,
) {
  const record = v.record(key, value);
  return closedShape<Typed<typeof record>>(record, (input) => reportingSkipped(record, input, hiddenKeyCode));
}

/** The path items from `root` down `path`, each with its parent, as valibot builds them. */
function pathItems(root: unknown, path: readonly PathSegment[]): v.IssuePathItem[] {
  const items: v.IssuePathItem[] = [];
  let parent = root;
  for (const key of path) {
    if (Array.isArray(parent) && typeof key === 'number') {
      items.push({ type: 'array', origin: 'value', input: parent, key, value: parent[key] });
      parent = parent[key];
    } else if (isRecord(parent)) {
      const name = String(key);
      items.push({ type: 'object', origin: 'value', input: parent, key: name, value: parent[name] });
      parent = parent[name];
    }
  }
  return items;
}

/**
 * A free JSON value, checked for what I-JSON forbids (lone surrogates, unsafe integers, non-JSON values); every other
 * position is typed by its schema, which already rules those out.
 */
const freeValue = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    const root: unknown = dataset.value;
    walkValue(root, (code, path) => {
      const [first, ...rest] = pathItems(root, path);
      addIssue({ message: code, path: first === undefined ? undefined : [first, ...rest] });
    });
  }),
);

const EXTENSION_KEY = new RegExp(EXTENSION_KEY_PATTERN);

/** `extensions`: any JSON values under keys `x-…`; a key of another shape is an `unknown-field` issue. */
export function extensionsRecord() {
  return checkedRecord(v.pipe(v.string(), v.regex(EXTENSION_KEY, 'unknown-field')), freeValue, 'unknown-field');
}

import type * as v from 'valibot';

// Scalars are valibot pipes (a type schema and its actions), which the JSON Schema export reads. Running a pipe costs a
// call per item; the contract checks thousands of scalars per second, so `fused` reads the same items once, as data,
// and runs them in a single loop. It reads the pipe itself, so the two never disagree.

/** One validation action of a pipe, as data. */
interface Step {
  readonly type: string;
  readonly code: string;
  readonly requirement: unknown;
}

const STEP_TYPES: ReadonlySet<string> = new Set([
  'regex',
  'check',
  'min_length',
  'max_length',
  'min_value',
  'max_value',
  'integer',
]);

function stepOf(action: { type: string; requirement?: unknown; message?: unknown }): Step {
  if (!STEP_TYPES.has(action.type)) throw new Error(`fused cannot run a "${action.type}" action`);
  return { type: action.type, code: String(action.message), requirement: action.requirement };
}

/** Whether a value of the step's type passes it. A switch rather than a closure per step keeps the loop call-free. */
function passesStep(step: Step, value: never): boolean {
  const requirement = step.requirement as never;
  switch (step.type) {
    case 'regex':
      return (requirement as RegExp).test(value);
    case 'check':
      return (requirement as (value: unknown) => boolean)(value);
    case 'min_length':
      return (value as string).length >= requirement;
    case 'max_length':
      return (value as string).length <= requirement;
    case 'min_value':
      return value >= requirement;
    case 'max_value':
      return value <= requirement;
    default:
      return Number.isInteger(value);
  }
}

/**
 * A leaf schema read as data: a fused scalar (its JSON type and steps), a picklist or literal (`options`), or a
 * boolean; optional or nullable when so wrapped. `passes` checks a value against it without running the schema.
 */
export interface Leaf {
  readonly type: 'string' | 'number' | 'boolean' | 'options';
  readonly steps: readonly Step[];
  readonly options: ReadonlySet<unknown> | undefined;
  readonly optional: boolean;
  readonly nullable: boolean;
}

function leaf(type: Leaf['type'], steps: readonly Step[] = [], options?: ReadonlySet<unknown>): Leaf {
  return { type, steps, options, optional: false, nullable: false };
}

/** The leaf of a schema, or undefined for objects, arrays, records and anything with a default. */
export function leafOf(schema: unknown): Leaf | undefined {
  const s = schema as { type: string; '~leaf'?: Leaf; options?: unknown[]; literal?: unknown; wrapped?: unknown };
  switch (s.type) {
    case 'picklist':
      return leaf('options', [], new Set(s.options));
    case 'literal':
      return leaf('options', [], new Set([s.literal]));
    case 'boolean':
      return leaf('boolean');
    case 'optional':
    case 'nullable': {
      const inner = (schema as { default?: unknown }).default === undefined ? leafOf(s.wrapped) : undefined;
      if (inner === undefined) return undefined;
      return s.type === 'optional' ? { ...inner, optional: true } : { ...inner, nullable: true };
    }
    default:
      return s['~leaf'];
  }
}

/** True when the leaf's schema would accept `value` without an issue. */
export function passes(leaf: Leaf, value: unknown): boolean {
  if ((value === undefined && leaf.optional) || (value === null && leaf.nullable)) return true;
  switch (leaf.type) {
    case 'options':
      return (leaf.options as ReadonlySet<unknown>).has(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      if (typeof value !== 'string') return false;
      break;
    default:
      if (typeof value !== 'number' || Number.isNaN(value)) return false;
  }
  const steps = leaf.steps;
  for (let index = 0; index < steps.length; index++)
    if (!passesStep(steps[index] as Step, value as never)) return false;
  return true;
}

type Dataset = { value: unknown; typed?: boolean; issues?: v.BaseIssue<unknown>[] };

/**
 * Runs a valibot pipe of a string or number schema and validation actions as one function, stopping at the first
 * failure. The pipe object itself is kept (and returned), so its type and its JSON Schema are unchanged.
 */
export function fused<const S extends v.GenericSchema & { readonly pipe: readonly unknown[] }>(pipe: S): S {
  const [schema, ...actions] = pipe.pipe as [{ type: string }, ...{ type: string }[]];
  if (schema.type !== 'string' && schema.type !== 'number')
    throw new Error(`fused cannot run a "${schema.type}" schema`);
  const scalar = leaf(schema.type, actions.map(stepOf));
  const type = leaf(schema.type);
  return Object.assign(pipe, {
    '~leaf': scalar,
    '~run'(dataset: Dataset): Dataset {
      const value = dataset.value;
      if (!passes(type, value)) {
        return fail(dataset, { kind: 'schema', type: schema.type, code: 'invalid-type' });
      }
      for (const step of scalar.steps) {
        if (!passesStep(step, value as never))
          return fail(dataset, { kind: 'validation', type: step.type, code: step.code });
      }
      dataset.typed = true;
      return dataset;
    },
  });
}

function fail(dataset: Dataset, { kind, type, code }: { kind: string; type: string; code: string }): Dataset {
  dataset.typed = false;
  const issue = {
    kind,
    type,
    input: dataset.value,
    expected: null,
    received: 'value',
    message: code,
  } as v.BaseIssue<unknown>;
  dataset.issues = [issue];
  return dataset;
}

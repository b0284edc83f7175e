import type * as v from 'valibot';

// Scalars are valibot pipes (a type schema and its actions), which the JSON Schema export reads. Running a pipe costs a
// call per item; the contract checks thousands of scalars per second, so `fused` compiles the same items into one
// predicate list and runs them in a single function. It reads the pipe itself, so the two never disagree.

type Test = (value: never) => boolean;

interface Step {
  readonly test: Test;
  readonly code: string;
  readonly type: string;
}

const TYPE_TESTS: Readonly<Record<string, Test>> = {
  string: (value: unknown) => typeof value === 'string',
  number: (value: unknown) => typeof value === 'number' && !Number.isNaN(value),
};

function stepOf(action: { type: string; requirement?: unknown; message?: unknown }): Step {
  const { type, requirement } = action;
  const code = String(action.message);
  const bound = requirement as number;
  switch (type) {
    case 'regex':
      return { type, code, test: (value: string) => (requirement as RegExp).test(value) };
    case 'check':
      return { type, code, test: requirement as Test };
    case 'min_length':
      return { type, code, test: (value: string) => value.length >= bound };
    case 'max_length':
      return { type, code, test: (value: string) => value.length <= bound };
    case 'min_value':
      return { type, code, test: (value: number) => value >= bound };
    case 'max_value':
      return { type, code, test: (value: number) => value <= bound };
    case 'integer':
      return { type, code, test: Number.isInteger as Test };
    default:
      throw new Error(`fused cannot run a "${type}" action`);
  }
}

type Dataset = { value: unknown; typed?: boolean; issues?: v.BaseIssue<unknown>[] };

/**
 * Runs a valibot pipe of a string or number schema and validation actions as one function, stopping at the first
 * failure. The pipe object itself is kept (and returned), so its type and its JSON Schema are unchanged.
 */
export function fused<const S extends v.GenericSchema & { readonly pipe: readonly unknown[] }>(pipe: S): S {
  const [schema, ...actions] = pipe.pipe as [{ type: string }, ...{ type: string }[]];
  const isType = TYPE_TESTS[schema.type];
  if (!isType) throw new Error(`fused cannot run a "${schema.type}" schema`);
  const steps = actions.map((action) => stepOf(action));
  return Object.assign(pipe, {
    '~run'(dataset: Dataset): Dataset {
      const value = dataset.value;
      if (!isType(value as never)) return fail(dataset, { kind: 'schema', type: schema.type, code: 'invalid-type' });
      for (const step of steps) {
        if (!step.test(value as never)) return fail(dataset, { kind: 'validation', type: step.type, code: step.code });
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

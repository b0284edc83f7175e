// A strict argument parser for the template's scripts, in the style of the CLI's (packages/release-evidence,
// src/cli/args.ts): options are declared once as a typed table and the values come back typed. The CLI's parser is
// not part of the package's public exports (and the template imports the package by name only), so this is its
// small counterpart: unknown, repeated and missing required options and unlisted enum values are refused.
import { parseArgs } from 'node:util';

export type OptionSpec =
  | { readonly type: 'string'; readonly required?: boolean; readonly default?: string }
  | {
      readonly type: 'enum';
      readonly options: readonly string[];
      readonly required?: boolean;
      readonly default?: string;
    }
  | { readonly type: 'boolean' };

type Scalar<S> = S extends { readonly options: readonly (infer O extends string)[] } ? O : string;
type OptionValue<S> = S extends { readonly type: 'boolean' }
  ? boolean
  : S extends { readonly required: true } | { readonly default: string }
    ? Scalar<S>
    : Scalar<S> | undefined;
export type OptionValues<T extends Record<string, OptionSpec>> = { readonly [K in keyof T]: OptionValue<T[K]> };

/** A problem with how the script was called: the caller prints its usage and exits 2. */
export class UsageProblem extends Error {}

export function parseOptions<const T extends Record<string, OptionSpec>>(
  argv: readonly string[],
  table: T,
): OptionValues<T> {
  const options = Object.fromEntries(
    Object.entries(table).map(([name, spec]) => [name, { type: spec.type === 'boolean' ? 'boolean' : 'string' }]),
  ) as Record<string, { type: 'string' | 'boolean' }>;
  let tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>;
  try {
    ({ tokens } = parseArgs({ args: [...argv], options, strict: true, tokens: true }));
  } catch {
    // node:util's message may quote an argument; only the fact is reported.
    throw new UsageProblem('unknown option, missing value or unexpected argument');
  }
  const given: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (Object.hasOwn(given, token.name)) throw new UsageProblem(`--${token.name} is given more than once`);
    given[token.name] = token.value ?? true;
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) {
    const value = given[name];
    if (spec.type === 'boolean') {
      values[name] = value === true;
      continue;
    }
    if (spec.type === 'enum' && value !== undefined && !spec.options.includes(String(value))) {
      throw new UsageProblem(`--${name} takes one of: ${spec.options.join(', ')}`);
    }
    if (spec.required && value === undefined) throw new UsageProblem(`--${name} is required`);
    values[name] = value ?? spec.default;
  }
  return values as OptionValues<T>;
}

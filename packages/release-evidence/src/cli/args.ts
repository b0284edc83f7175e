import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.js';

interface OptionBase {
  /** One line for `--help`. */
  readonly description: string;
  /** What the value is, for `--help` (`--candidate=<FILE>`). */
  readonly valueHint?: string;
}

export interface StringOption extends OptionBase {
  readonly type: 'string';
  readonly required?: boolean;
  readonly default?: string;
  /** Takes the value after `--name` and every plain argument that follows it, so shells can expand globs there. */
  readonly variadic?: boolean;
}

export interface BooleanOption extends OptionBase {
  readonly type: 'boolean';
}

export interface EnumOption extends OptionBase {
  readonly type: 'enum';
  readonly options: readonly string[];
  readonly required?: boolean;
  readonly default?: string;
}

export type OptionSpec = StringOption | BooleanOption | EnumOption;

/** A command's options, declared once: the parser, the types of the values and `--help` all read this table. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

type Scalar<S> = S extends { readonly options: readonly (infer O extends string)[] } ? O : string;

/** The value of one option: a boolean is `false` when absent, a variadic option `[]`, others `undefined`. */
export type OptionValue<S> = S extends BooleanOption
  ? boolean
  : S extends { readonly variadic: true }
    ? readonly string[]
    : S extends { readonly required: true } | { readonly default: string }
      ? Scalar<S>
      : Scalar<S> | undefined;

export type OptionValues<T extends OptionTable> = { readonly [K in keyof T]: OptionValue<T[K]> };

export interface ParsedArgs<T extends OptionTable> {
  readonly values: OptionValues<T>;
  /** Plain arguments that no variadic option took. */
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly (spec §10): an unknown option, a repeated option, a value not listed for an
 * enum option and a missing required option are usage errors (exit 2). Plain arguments are allowed; those after a
 * variadic option belong to it (`--evidence a b c`), the others are positionals.
 */
export function parseCommandArgs<const T extends OptionTable>(rawArgs: readonly string[], table: T): ParsedArgs<T> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(table))
    options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string' };
  let tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>;
  try {
    ({ tokens } = parseArgs({ args: [...rawArgs], options, strict: true, allowPositionals: true, tokens: true }));
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  // Option names come from the table, never from argv, so plain objects are safe here.
  const given: Record<string, string | boolean> = {};
  const lists: Record<string, string[]> = {};
  const positionals: string[] = [];
  let current: string[] | undefined;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (Object.hasOwn(given, token.name)) throw new UsageError(`option --${token.name} is given more than once`);
      given[token.name] = token.value ?? true;
      current = (table[token.name] as StringOption).variadic ? [] : undefined;
      if (current) lists[token.name] = current;
    } else if (token.kind === 'positional') {
      (current ?? positionals).push(token.value);
    } else {
      current = undefined; // `--`: what follows is positional.
    }
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) values[name] = optionValue(name, spec, given[name], lists[name]);
  return { values: values as OptionValues<T>, positionals };
}

function optionValue(name: string, spec: OptionSpec, given: string | boolean | undefined, list?: string[]): unknown {
  if (spec.type === 'boolean') return given === true;
  if (spec.type === 'enum' && given !== undefined && !spec.options.includes(String(given))) {
    throw new UsageError(`option --${name} takes one of: ${spec.options.join(', ')}`);
  }
  if (spec.required && given === undefined) throw new UsageError(`option --${name} is required`);
  if (spec.type === 'string' && spec.variadic) return given === undefined ? [] : [String(given), ...(list ?? [])];
  return given ?? spec.default;
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : '';
  // node:util quotes the option name only; keep that part and drop its advice about `--`.
  const option = /'(-{1,2}[A-Za-z0-9_-]{1,40})/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? ''}`.trim();
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${option ?? ''} needs a value`.replace('  ', ' ');
  return 'invalid arguments';
}

import { parseArgs } from 'node:util';
import type { ArgsDef } from 'citty';
import { UsageError } from './errors.js';

export interface StrictArgs {
  /** Option values by name; a variadic option's values are joined into `lists`. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** Values of variadic options: the value after `--name` plus every plain argument that follows it. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly positionals: readonly string[];
}

/**
 * Parses argv strictly, which citty's own parser does not: an unknown option or a repeated option is a usage error
 * (spec §10), and an enum option only takes its listed values. Options named in `variadic` take every plain argument
 * after them (`--evidence a b c`), so paths can be listed the way shells expand globs.
 */
export function parseStrictArgs(
  rawArgs: readonly string[],
  def: ArgsDef,
  variadic: readonly string[] = [],
): StrictArgs {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const [name, arg] of Object.entries(def)) {
    if (arg.type === 'positional') continue;
    options[name] = { type: arg.type === 'boolean' ? 'boolean' : 'string' };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rawArgs], options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const seen = new Set<string>();
  const lists: Record<string, string[]> = {};
  const positionals: string[] = [];
  let current: string[] | undefined;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option') {
      if (seen.has(token.name)) throw new UsageError(`option --${token.name} is given more than once`);
      seen.add(token.name);
      current = undefined;
      if (variadic.includes(token.name)) {
        current = token.value === undefined ? [] : [token.value];
        lists[token.name] = current;
      }
    } else if (token.kind === 'positional') {
      (current ?? positionals).push(token.value);
    } else {
      current = undefined;
    }
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [name, arg] of Object.entries(def)) {
    const value = values[name];
    if (arg.type === 'enum' && value !== undefined && !arg.options?.includes(String(value))) {
      throw new UsageError(`option --${name} takes one of: ${(arg.options ?? []).join(', ')}`);
    }
    if (arg.required && arg.type !== 'positional' && value === undefined) {
      throw new UsageError(`option --${name} is required`);
    }
    if (value === undefined && arg.default !== undefined) values[name] = arg.default;
  }
  return { values, lists, positionals };
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : '';
  // node:util quotes the option name only; keep that part and drop its advice about `--`.
  const option = /'(-{1,2}[A-Za-z0-9-]{1,40})/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? ''}`.trim();
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${option ?? ''} needs a value`.replace('  ', ' ');
  return 'invalid arguments';
}

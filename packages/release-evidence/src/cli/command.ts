import { type ArgsDef, type CommandDef, defineCommand } from 'citty';
import { parseStrictArgs, type StrictArgs } from './args.js';

export interface CliCommand<T extends ArgsDef> {
  readonly meta: { readonly name: string; readonly description: string };
  readonly args: T;
  /** Options that take every plain argument after them (`--evidence a b c`). */
  readonly variadic?: readonly string[];
  /** Runs the command and returns its exit code (0, 1 or 2, spec §10). */
  run(args: StrictArgs): Promise<number>;
}

/** Wraps a command for citty: citty renders help and dispatches; argv is parsed strictly here. */
export function defineCliCommand<const T extends ArgsDef>(command: CliCommand<T>): CommandDef<T> {
  return defineCommand<T>({
    meta: command.meta,
    args: command.args,
    async run(context) {
      const args = parseStrictArgs(context.rawArgs, command.args, command.variadic);
      process.exitCode = await command.run(args);
    },
  });
}

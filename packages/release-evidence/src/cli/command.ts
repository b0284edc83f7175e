import { type ArgsDef, type CommandDef, defineCommand } from 'citty';
import { parseStrictArgs, type StrictArgs } from './args.js';
import { type CommandResult, exitCodeOf, type Output, type Report } from './result.js';
import type { RunContext, Sink } from './sink.js';

/** A command: it reads and decides (`run`), renderers turn its result into output, the sink writes (see sink.ts). */
export interface CliCommand<T extends ArgsDef, R extends CommandResult> {
  readonly meta: { readonly name: string; readonly description: string };
  readonly args: T;
  /** Options that take every plain argument after them (`--evidence a b c`). */
  readonly variadic?: readonly string[];
  /** Renderers of the stdout document by `--format` name; the first is the default. `{}`: no stdout document. */
  readonly formats: Readonly<Record<string, (result: R) => Output>>;
  run(args: StrictArgs, context: RunContext): Promise<R>;
  /** What else the result writes: messages, files, step summary, annotations. */
  report?(result: R, args: StrictArgs): Report;
}

/** What citty's `run` hands back to `main`, which owns the process. */
export interface CommandRun {
  readonly exitCode: 0 | 1 | 2;
}

/** Wraps a command for citty: citty renders help and dispatches; argv is parsed strictly here. */
export function defineCliCommand<const T extends ArgsDef, R extends CommandResult>(
  command: CliCommand<T, R>,
): CommandDef<T> {
  const formatNames = Object.keys(command.formats);
  const args =
    formatNames.length > 1
      ? {
          ...command.args,
          format: { type: 'enum', options: formatNames, default: formatNames[0], description: 'output format' },
        }
      : command.args;
  return defineCommand<T>({
    meta: command.meta,
    args: args as T,
    async run(context): Promise<CommandRun> {
      // `main` passes the run's sink as citty's `data`.
      const sink = context.data as Sink;
      const parsed = parseStrictArgs(context.rawArgs, args, command.variadic);
      const result = sink.withholdIn(await command.run(parsed, sink));
      const format = String(parsed.values.format ?? formatNames[0] ?? '');
      const renderer = command.formats[format];
      sink.processing(undefined);
      await sink.write(renderer?.(result), command.report?.(result, parsed));
      return { exitCode: exitCodeOf(result) };
    },
  });
}

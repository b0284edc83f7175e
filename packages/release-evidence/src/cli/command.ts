import { type EnumOption, type OptionTable, type ParsedArgs, parseCommandArgs } from './args.js';
import type { InputProblem } from './errors.js';
import type { CommandHelp, CommandMeta, PositionalSpec } from './help.js';
import { type CommandResult, exitCodeOf, type Output, type Report } from './result.js';
import type { RunContext, Sink } from './sink.js';

/** A command: it reads and decides (`run`), renderers turn its result into output, the sink writes (see sink.ts). */
export interface CliCommand<T extends OptionTable, R extends CommandResult> {
  readonly meta: CommandMeta;
  /** Its options, once: they are parsed strictly, typed for `run` and listed by `--help`. */
  readonly options: T;
  /** Its plain arguments, for `--help`; `run` checks how many it got. */
  readonly positionals?: readonly PositionalSpec[];
  /** Renderers of the stdout document by `--format` name; the first is the default. `{}`: no stdout document. */
  readonly formats: Readonly<Record<string, (result: R) => Output>>;
  /**
   * The format without `--format`, when it depends on where stdout goes: text for a person at a terminal, JSON (or
   * nothing, `undefined`) for scripts, so scripts never change. Without it the first format is the default.
   */
  readonly defaultFormat?: (stdoutIsTerminal: boolean) => string | undefined;
  run(args: ParsedArgs<T>, context: RunContext): Promise<R>;
  /** What else the result writes: messages, files, step summary, annotations. */
  report?(result: R, args: ParsedArgs<T>): Report;
}

/** What a command's run hands back to `main`, which owns the process. */
export interface CommandRun {
  readonly exitCode: 0 | 1 | 2;
  /** The command's result, withheld values already replaced; the GitHub Action reads its outputs from it. */
  readonly result?: CommandResult;
  /** Why an exit 2 run could not use an input: its cli-domain problems (a usage error has none). */
  readonly problems?: readonly InputProblem[];
}

/** A command as the dispatcher in main.ts sees it: its help, and a run over the arguments after its name. */
export interface RunnableCommand extends CommandHelp {
  run(rawArgs: readonly string[], sink: Sink): Promise<CommandRun>;
}

/** Adds `--format` (from `formats`, when there is a choice) and runs parse → run → render → write. */
export function defineCliCommand<const T extends OptionTable, R extends CommandResult>(
  command: CliCommand<T, R>,
): RunnableCommand {
  const formatNames = Object.keys(command.formats);
  const format: EnumOption = {
    type: 'enum',
    options: formatNames,
    ...(command.defaultFormat ? {} : { default: formatNames[0] }),
    description: command.defaultFormat ? 'output format (default: text on a terminal)' : 'output format',
  };
  const options: OptionTable = formatNames.length > 1 ? { ...command.options, format } : command.options;
  return {
    meta: command.meta,
    options,
    positionals: command.positionals ?? [],
    async run(rawArgs, sink) {
      const parsed = parseCommandArgs(rawArgs, options);
      // The table above is `T` plus `format`, so the parsed values are those of `T` and one more.
      const args = parsed as unknown as ParsedArgs<T>;
      const result = sink.withholdIn(await command.run(args, sink));
      const given = parsed.values.format;
      const fallback = command.defaultFormat ? command.defaultFormat(sink.stdoutIsTerminal) : formatNames[0];
      const renderer = command.formats[typeof given === 'string' ? given : (fallback ?? '')];
      sink.processing(undefined);
      await sink.write(renderer?.(result), command.report?.(result, args));
      return { exitCode: exitCodeOf(result), result };
    },
  };
}

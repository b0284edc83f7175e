import type { CommandRun, RunnableCommand } from './command.js';
import { EXIT_USAGE, InputError, UsageError } from './errors.js';
import { commandHelp, programHelp } from './help.js';
import { inputErrorText } from './render/problem.js';
import { Sink, type SinkIo } from './sink.js';
import { VERSION } from './version.js';

type Loader = () => Promise<RunnableCommand>;

/** Commands by name, each loaded only when run. No prototype: `toString` is as unknown as any other name. */
const COMMANDS: Readonly<Record<string, Loader>> = Object.assign(Object.create(null), {
  validate: () => import('./validate.js').then((m) => m.default),
  scan: () => import('./scan.js').then((m) => m.default),
  readiness: () => import('./readiness.js').then((m) => m.default),
  packet: () => import('./packet.js').then((m) => m.default),
  'verify-packet': () => import('./verify-packet.js').then((m) => m.default),
  'check-fixture': () => import('./check-fixture.js').then((m) => m.default),
  diff: () => import('./diff.js').then((m) => m.default),
  schema: () => import('./schema.js').then((m) => m.default),
} satisfies Record<string, Loader>);

/** The command a name stands for, or `undefined` for no name or an unknown one. */
async function commandNamed(name: string | undefined): Promise<RunnableCommand | undefined> {
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return load?.();
}

export interface MainOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly io?: SinkIo;
}

/**
 * Entry point of the `release-evidence` bin: exit codes are exactly 0/1/2, every byte goes through one `Sink`, and
 * nothing prints a stack trace unless `RELEASE_EVIDENCE_DEBUG=1`.
 */
export async function runMain(
  rawArgs: readonly string[] = process.argv.slice(2),
  options: MainOptions = {},
): Promise<void> {
  const sink = new Sink(options.env ?? process.env, options.io);
  sink.end((await runCli(rawArgs, sink)).exitCode);
}

/**
 * One CLI call through the caller's sink, without ending the process: `runMain` and the GitHub Action use it.
 * `release-evidence <command> [arguments]`; besides commands there are only `--help`/`-h` (anywhere) and
 * `--version`/`-v` (alone).
 */
export async function runCli(rawArgs: readonly string[], sink: Sink): Promise<CommandRun> {
  let command: RunnableCommand | undefined;
  try {
    if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
      // About the command named by the first plain argument, if any.
      const named = await commandNamed(rawArgs.find((arg) => !arg.startsWith('-')));
      await sink.write({ type: 'lines', lines: await help(named) });
      return { exitCode: 0 };
    }
    const [name, ...rest] = rawArgs;
    if (name === '--version' || name === '-v') {
      if (rest.length > 0) throw new UsageError(`option ${name} takes no other arguments`);
      await sink.write({ type: 'lines', lines: [VERSION] });
      return { exitCode: 0 };
    }
    if (name === undefined) throw new UsageError('No command specified.');
    // Options belong to a command, after its name.
    if (name.startsWith('-')) throw new UsageError(`unknown option ${name}`);
    command = await commandNamed(name);
    if (command === undefined) throw new UsageError(`Unknown command ${name}`);
    return await command.run(rest, sink);
  } catch (error) {
    sink.writeMessages(await describeFailure(error, command, sink));
    return error instanceof InputError ? { exitCode: EXIT_USAGE, problems: [error.problem] } : { exitCode: EXIT_USAGE };
  }
}

async function describeFailure(error: unknown, command: RunnableCommand | undefined, sink: Sink): Promise<string[]> {
  if (error instanceof UsageError) return [...(await help(command)), `error: ${error.message}`];
  if (error instanceof InputError) return [`error: ${inputErrorText(error.problem)}`];
  // Unexpected failures name the file being read but never print a stack or a message that might quote input.
  const file = sink.currentFile;
  const lines = [
    `error: internal error${file === undefined ? '' : ` while processing ${file}`} (${(error as { name?: string }).name ?? 'Error'})`,
  ];
  if (sink.env.RELEASE_EVIDENCE_DEBUG === '1') lines.push(...String((error as Error).stack).split('\n'));
  return lines;
}

/** The help of a command, or without one of the program, listing every command. */
async function help(command: RunnableCommand | undefined): Promise<string[]> {
  if (command) return commandHelp(command);
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return programHelp(commands.map((each) => each.meta));
}

import { type CommandDef, renderUsage, runCommand } from 'citty';
import type { CommandRun } from './command.js';
import { EXIT_USAGE, InputError, UsageError } from './errors.js';
import { Sink, type SinkIo } from './sink.js';
import { VERSION } from './version.js';

const main: CommandDef = {
  meta: {
    name: 'release-evidence',
    version: VERSION,
    description: 'Validate, privacy-scan and summarise release evidence (contract release-evidence/v1).',
  },
  // No prototype: citty looks commands up by name, and `toString` must be as unknown as any other name.
  subCommands: Object.assign(Object.create(null), {
    validate: () => import('./validate.js').then((m) => m.default),
    scan: () => import('./scan.js').then((m) => m.default),
    readiness: () => import('./readiness.js').then((m) => m.default),
    packet: () => import('./packet.js').then((m) => m.default),
    'verify-packet': () => import('./verify-packet.js').then((m) => m.default),
    'check-fixture': () => import('./check-fixture.js').then((m) => m.default),
    schema: () => import('./schema.js').then((m) => m.default),
  }),
};

/** The command named by argv (the first plain argument), with the arguments after its name. */
async function findCommand(
  rawArgs: readonly string[],
): Promise<{ command: CommandDef; parent?: CommandDef; rest: string[] }> {
  const index = rawArgs.findIndex((arg) => !arg.startsWith('-'));
  const name = rawArgs[index];
  const subCommands = main.subCommands as Record<string, () => Promise<CommandDef>>;
  const loader = name !== undefined && Object.hasOwn(subCommands, name) ? subCommands[name] : undefined;
  return loader
    ? { command: await loader(), parent: main, rest: rawArgs.slice(index + 1) }
    : { command: main, rest: [...rawArgs] };
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
  sink.end(await run(rawArgs, sink));
}

async function run(rawArgs: readonly string[], sink: Sink): Promise<number> {
  try {
    if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
      await sink.write({ type: 'lines', lines: (await usage(rawArgs)).split('\n') });
      return 0;
    }
    if (rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v')) {
      await sink.write({ type: 'lines', lines: [VERSION] });
      return 0;
    }
    const { command, parent, rest } = await findCommand(rawArgs);
    if (parent === undefined) {
      await runCommand(main, { rawArgs: [...rawArgs] });
      return 0;
    }
    const { result } = await runCommand(command, { rawArgs: rest, data: sink });
    return (result as CommandRun).exitCode;
  } catch (error) {
    sink.writeMessages(await describeFailure(error, rawArgs, sink));
    return EXIT_USAGE;
  }
}

async function describeFailure(error: unknown, rawArgs: readonly string[], sink: Sink): Promise<string[]> {
  if (error instanceof UsageError || (error as { name?: string }).name === 'CLIError') {
    return [...(await usage(rawArgs)).split('\n'), `error: ${stripAnsi((error as Error).message)}`];
  }
  if (error instanceof InputError) return [`error: ${error.message}`];
  // Unexpected failures name the file being read but never print a stack or a message that might quote input.
  const file = sink.currentFile;
  const lines = [
    `error: internal error${file === undefined ? '' : ` while processing ${file}`} (${(error as { name?: string }).name ?? 'Error'})`,
  ];
  if (sink.env.RELEASE_EVIDENCE_DEBUG === '1') lines.push(...String((error as Error).stack).split('\n'));
  return lines;
}

/** Help text, plain: the sink writes no escape sequence, so citty's colour codes are dropped. */
async function usage(rawArgs: readonly string[]): Promise<string> {
  const { command, parent } = await findCommand(rawArgs);
  return stripAnsi(await renderUsage(command, parent)).replace(/\n+$/, '');
}

function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removes citty's colour codes from error text.
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

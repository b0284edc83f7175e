import { type CommandDef, renderUsage, runCommand } from 'citty';
import { EXIT_USAGE, InputError, UsageError } from './errors.js';
import { writeStderr, writeStdout } from './io.js';
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
    diff: () => import('./diff.js').then((m) => m.default),
    schema: () => import('./schema.js').then((m) => m.default),
  }),
};

async function findCommand(rawArgs: readonly string[]): Promise<[CommandDef, CommandDef | undefined]> {
  const name = rawArgs.find((arg) => !arg.startsWith('-'));
  const subCommands = main.subCommands as Record<string, () => Promise<CommandDef>>;
  const loader = name !== undefined && Object.hasOwn(subCommands, name) ? subCommands[name] : undefined;
  return loader ? [await loader(), main] : [main, undefined];
}

/** Entry point of the `release-evidence` bin: exit codes are exactly 0/1/2, and nothing prints a stack trace. */
export async function runMain(rawArgs: readonly string[] = process.argv.slice(2)): Promise<void> {
  try {
    if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
      writeStdout(await usage(rawArgs, process.stdout.isTTY));
      process.exitCode = 0;
      return;
    }
    if (rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v')) {
      writeStdout(VERSION);
      process.exitCode = 0;
      return;
    }
    await runCommand(main, { rawArgs: [...rawArgs] });
  } catch (error) {
    process.exitCode = EXIT_USAGE;
    if (error instanceof UsageError || (error as { name?: string }).name === 'CLIError') {
      writeStderr(await usage(rawArgs, process.stderr.isTTY));
      writeStderr(`error: ${stripAnsi((error as Error).message)}`);
    } else if (error instanceof InputError) {
      writeStderr(`error: ${error.message}`);
    } else {
      // Unexpected failures never print a stack or a message that might quote input; set the variable to debug.
      writeStderr(`error: internal error (${(error as { name?: string }).name ?? 'Error'})`);
      if (process.env.RELEASE_EVIDENCE_DEBUG === '1') writeStderr(String((error as Error).stack));
    }
  }
}

/** Help text; colour codes only when a person is watching, so logs and pipes get plain text. */
async function usage(rawArgs: readonly string[], isTerminal: boolean | undefined): Promise<string> {
  const text = await renderUsage(...(await findCommand(rawArgs)));
  return isTerminal ? text : stripAnsi(text);
}

function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removes citty's colour codes from error text.
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

// The seam between the action and the CLI. The action runs the CLI's own code in this process, so the step summary,
// the annotations and every message are written exactly as `release-evidence` writes them. What the action needs
// back (the verdict, the packet digest) is read from the documents the run produced.
//
// Built on the current CLI's `runMain`, which writes to process.stdout/stderr itself: `runCli` takes the stdout
// document while the command runs. When the CLI's sink (injectable stdout, results returned to the caller) lands,
// this file is the one to change.
import { readFile } from 'node:fs/promises';
import { runMain } from '../src/cli/main.js';
import type { ReleaseReadiness } from '../src/contract/index.js';
import { formatReadinessMarkdown } from '../src/format/index.js';

export interface CliFacts {
  readonly readiness?: Pick<ReleaseReadiness, 'verdict'> & { readonly validUntil?: string };
  readonly packetDigest?: string;
  readonly verified?: boolean;
}

export interface CliRun {
  readonly exitCode: number;
  /** The stdout document, when it was taken instead of printed. */
  readonly stdout?: string;
  readonly facts: CliFacts;
}

/** Runs one CLI call; `takeStdout` keeps the stdout document for the caller instead of printing it. */
export async function runCli(args: readonly string[], takeStdout: boolean): Promise<CliRun> {
  const [command] = args;
  const format = args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length);
  if (command === 'readiness') {
    // The facts need the readiness document itself: the run prints JSON, and Markdown is rendered from it with the
    // formatter the CLI's own `--format markdown` uses.
    const jsonArgs =
      format === 'markdown' ? args.map((arg) => (arg === '--format=markdown' ? '--format=json' : arg)) : args;
    const run = await captured(jsonArgs);
    const document = parseOrUndefined(run.stdout) as { predicate?: ReleaseReadiness } | ReleaseReadiness | undefined;
    const readiness = document && 'predicate' in document ? document.predicate : (document as ReleaseReadiness);
    const stdout = format === 'markdown' && readiness ? formatReadinessMarkdown(readiness) : run.stdout;
    return finish(run.exitCode, stdout, takeStdout, readiness ? { readiness } : {});
  }
  if (command === 'packet') {
    const exitCode = await exitCodeOf(() => runMain(args));
    const out = args.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? '';
    const packet =
      exitCode === 2
        ? undefined
        : (parseOrUndefined(await readFile(out, 'utf8').catch(() => '')) as
            | { readiness?: ReleaseReadiness; packetDigest?: string }
            | undefined);
    const facts = packet?.readiness ? { readiness: packet.readiness, packetDigest: packet.packetDigest } : {};
    return { exitCode, facts };
  }
  const run = takeStdout ? await captured(args) : { exitCode: await exitCodeOf(() => runMain(args)), stdout: '' };
  const facts = command === 'verify-packet' && run.exitCode !== 2 ? { verified: run.exitCode === 0 } : {};
  return finish(run.exitCode, run.stdout, takeStdout, facts);
}

function finish(exitCode: number, stdout: string, takeStdout: boolean, facts: CliFacts): CliRun {
  if (takeStdout) return { exitCode, stdout, facts };
  if (exitCode !== 2) process.stdout.write(stdout.endsWith('\n') || stdout === '' ? stdout : `${stdout}\n`);
  return { exitCode, facts };
}

/** Runs `runMain` with its stdout document kept; stderr (messages, annotations) is written as usual. */
async function captured(args: readonly string[]): Promise<{ exitCode: number; stdout: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    const exitCode = await exitCodeOf(() => runMain(args));
    return { exitCode, stdout: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
}

async function exitCodeOf(run: () => Promise<void>): Promise<number> {
  process.exitCode = undefined;
  await run();
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return code;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// The seam between the action and the CLI: one CLI call through the CLI's own sink (src/cli/sink.ts), so the step
// summary, the annotations and every message are written exactly as `release-evidence` writes them. The action reads
// its outputs from the command's result.
import { runCli as runCliCall } from '../src/cli/main.js';
import type { CommandResult } from '../src/cli/result.js';
import { NODE_IO, Sink } from '../src/cli/sink.js';
import type { ReleaseReadiness } from '../src/contract/index.js';

export interface CliFacts {
  readonly readiness?: Pick<ReleaseReadiness, 'verdict'> & { readonly validUntil?: string };
  readonly packetDigest?: string;
  readonly verified?: boolean;
}

export interface CliRun {
  readonly exitCode: number;
  /** The stdout document, already made safe by the sink, when it was taken instead of printed. */
  readonly stdout?: string;
  readonly facts: CliFacts;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Runs one CLI call; `takeStdout` keeps the stdout document for the caller instead of printing it. */
export async function runCli(args: readonly string[], env: Env, takeStdout: boolean): Promise<CliRun> {
  const taken: string[] = [];
  const io = takeStdout ? { ...NODE_IO, stdout: (text: string) => void taken.push(text) } : NODE_IO;
  const run = await runCliCall(args, new Sink(env, io));
  const facts = run.result === undefined ? {} : factsOf(run.result);
  return takeStdout ? { exitCode: run.exitCode, stdout: taken.join(''), facts } : { exitCode: run.exitCode, facts };
}

/** What the action outputs, from the results of `readiness`, `packet` and `verify-packet` (src/cli/<command>.ts). */
function factsOf(result: CommandResult): CliFacts {
  const { readiness, packet, verification } = result as {
    readiness?: ReleaseReadiness & { validUntil?: string };
    packet?: { packetDigest: string };
    verification?: { ok: boolean };
  };
  return {
    ...(readiness ? { readiness } : {}),
    ...(packet ? { packetDigest: packet.packetDigest } : {}),
    ...(verification ? { verified: verification.ok } : {}),
  };
}

/** A message of the action's own (it names inputs, never their values), written by the sink like any other. */
export function reportError(message: string, env: Env): void {
  new Sink(env, NODE_IO).writeMessages([`error: ${message}`]);
}

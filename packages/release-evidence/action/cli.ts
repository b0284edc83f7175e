// The seam between the action and the CLI: one CLI call through the CLI's own sink (src/cli/sink.ts), so the step
// summary, the annotations and every message are written exactly as `release-evidence` writes them. The action reads
// its outputs from the command's result.
import { collectJsonFiles } from '../src/cli/io.js';
import { runCli as runCliCall } from '../src/cli/main.js';
import { refuseOverlaps } from '../src/cli/outputs.js';
import { scanPath } from '../src/cli/path-scan.js';
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
export function reportError(message: string, sink: Sink): void {
  sink.writeMessages([`error: ${message}`]);
}

/**
 * Refuses an `out` file that would replace an input, by the check `packet --out` gets (spec §10: after following links,
 * not the candidate, the policy, the packet, an evidence file or a path inside an evidence directory). Its name is
 * scanned like every path, so a token-shaped segment is withheld from the messages `sink` writes.
 */
export async function refuseOutOverInputs(
  out: string,
  inputFiles: readonly string[],
  evidence: readonly string[],
  sink: Sink,
): Promise<void> {
  scanPath(out, sink);
  // Paths that cannot be read are the CLI's to report, after this; only what would be read matters here.
  const { files, directories } = await collectJsonFiles(evidence, sink);
  await refuseOverlaps([{ option: 'the out input', path: out }], { files: [...inputFiles, ...files], directories });
}

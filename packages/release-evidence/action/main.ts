// The GitHub Action (root action.yml): the INPUT_* variables become one CLI call, run in this process by the CLI's
// own code and sink (./cli.ts), which write the step summary, the annotations and every message; then the step outputs.
import { writeFile } from 'node:fs/promises';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK, EXIT_USAGE, InputError, UsageError } from '../src/cli/errors.js';
import { inputErrorText } from '../src/cli/render/problem.js';
import { NODE_IO, Sink } from '../src/cli/sink.js';
import { type CliRun, refuseOutOverInputs, reportError, runCli } from './cli.js';
import { cliArgs, readInputs } from './inputs.js';
import { type StepOutputs, writeStepOutputs } from './outputs.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The step's exit code: the CLI's, except that `fail-on: never` reports a not-acceptable result without failing. */
export async function runAction(env: Env): Promise<number> {
  // The action's own messages go through one sink, so a path it has scanned is withheld from them too.
  const sink = new Sink(env, NODE_IO);
  try {
    const inputs = readInputs(env);
    const args = cliArgs(inputs);
    // `packet` writes its own `out`; for the other commands `out` takes the stdout document instead of the log.
    const stdoutFile = inputs.command === 'packet' || inputs.out === '' ? undefined : inputs.out;
    if (stdoutFile !== undefined) {
      const named = [inputs.candidate, inputs.policy, inputs.packet].filter((path) => path !== '');
      await refuseOutOverInputs(stdoutFile, named, inputs.evidence, sink);
    }
    const run = await runCli(args, env, stdoutFile !== undefined);
    if (run.exitCode === EXIT_USAGE) return EXIT_USAGE;
    if (stdoutFile !== undefined) await writeOut(stdoutFile, run.stdout ?? '');
    await writeStepOutputs(env, outputsOf(run));
    return run.exitCode === EXIT_NOT_ACCEPTABLE && inputs.failOn === 'never' ? EXIT_OK : run.exitCode;
  } catch (error) {
    // The action's own messages name inputs and files, never an input's value.
    const message =
      error instanceof InputError
        ? inputErrorText(error.problem)
        : error instanceof UsageError
          ? error.message
          : undefined;
    reportError(message ?? `internal error (${(error as Error).name ?? 'Error'})`, sink);
    return EXIT_USAGE;
  }
}

/** Writes the stdout document to the `out` input's file; exported for the problem catalogue's walk test. */
export async function writeOut(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text.endsWith('\n') || text === '' ? text : `${text}\n`);
  } catch {
    throw new InputError('action-out-unwritable', { path });
  }
}

/** The step outputs of a finished run: only values the run computed, never an input's text. */
export function outputsOf(run: CliRun): StepOutputs {
  const outputs: Record<string, string> = {};
  const { readiness, packetDigest, verified } = run.facts;
  if (readiness !== undefined) {
    outputs.verdict = readiness.verdict;
    outputs.ready = String(readiness.verdict === 'ready' || readiness.verdict === 'ready-with-deferrals');
    if (readiness.validUntil !== undefined) outputs['valid-until'] = readiness.validUntil;
  }
  if (packetDigest !== undefined) outputs['packet-digest'] = packetDigest;
  if (verified !== undefined) outputs.verified = String(verified);
  return outputs;
}

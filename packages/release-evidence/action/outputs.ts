// Step outputs through the file the runner names in GITHUB_OUTPUT.
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { InputError, UsageError } from '../src/cli/errors.js';

export type StepOutputs = Readonly<Record<string, string>>;

/**
 * One output in the multi-line form of the runner's docs ("Multiline strings" under "Workflow commands"):
 * `name<<DELIMITER`, the value, `DELIMITER`, each on its own line. The delimiter is fresh and random, as
 * actions/toolkit's `prepareKeyValueMessage` makes it, and a name or value holding it is refused: the runner ends the
 * value at the first line equal to the delimiter, so nothing in a value can start another output.
 */
export function outputRecord(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError('an output name must be lower-case letters, digits and -');
  if (value.includes(delimiter)) throw new UsageError(`the value of output ${name} holds its delimiter`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Appends the outputs, sorted by name; without GITHUB_OUTPUT (a run outside Actions) there is nowhere to put them. */
export async function writeStepOutputs(env: Readonly<Record<string, string | undefined>>, outputs: StepOutputs) {
  const path = env.GITHUB_OUTPUT;
  if (path === undefined || path === '') return;
  const names = Object.keys(outputs).sort();
  const text = names.map((name) => outputRecord(name, outputs[name] as string)).join('');
  try {
    await appendFile(path, text);
  } catch {
    throw new InputError('action-outputs-unwritable', { path });
  }
}

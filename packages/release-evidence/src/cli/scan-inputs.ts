import { relative, resolve, sep } from 'node:path';
import { compareText } from '../json/compare.js';
import { type InputError, type InputProblem, UsageError } from './errors.js';
import { collectJsonFiles, readTextFile } from './io.js';
import type { RunContext } from './sink.js';

export type { InputProblem } from './errors.js';

/** One input of `scan` or `validate`: its text, or why it could not be read. */
export type InputFile =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly error: InputProblem };

/** A file to read, or a path that could not be listed or is not a file. */
export type InputEntry = string | InputProblem;

/**
 * The `*.json` files under the given paths and the paths that cannot be used, in one sorted list (spec §10), so that
 * results come out in path order whatever reads them.
 */
export async function listInputs(paths: readonly string[], context: RunContext): Promise<InputEntry[]> {
  if (paths.length === 0) throw new UsageError('give at least one PATH (a file or a directory)');
  const { files, errors } = await collectJsonFiles(paths, context);
  const inputs: InputEntry[] = [...files, ...errors.map(problemOf)];
  return inputs.sort((a, b) => compareText(pathOf(a), pathOf(b)));
}

/** Reads one entry of `listInputs`; a file that cannot be read comes back as its problem, naming the path only. */
export async function readInput(entry: InputEntry, context: RunContext): Promise<InputFile> {
  if (typeof entry !== 'string') return { path: entry.args.path, error: entry };
  try {
    return { path: entry, text: await readTextFile(entry, context) };
  } catch (error) {
    if ((error as { name?: string }).name !== 'InputError') throw error;
    return { path: entry, error: problemOf(error as InputError) };
  }
}

/** A path as SARIF and GitHub code scanning want it: relative to the working directory, with `/` separators. */
export function repositoryPath(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

/** Why an input cannot be used, never quoting the file: plain data, so it crosses threads. */
function problemOf(error: InputError): InputProblem {
  return error.problem;
}

function pathOf(input: InputEntry): string {
  return typeof input === 'string' ? input : input.args.path;
}

import { relative, resolve, sep } from 'node:path';
import { type InputError, UsageError } from './errors.js';
import { collectJsonFiles, compareText, readTextFile } from './io.js';
import type { RunContext } from './sink.js';

/** One input of `scan` or `validate`: its text, or why it could not be read. */
export type InputFile =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly error: InputError };

/**
 * Reads the `*.json` files under the given paths one at a time, in path order, so memory holds one file at a time.
 * Paths that cannot be listed or read come back as errors naming the path only.
 */
export async function* readInputFiles(paths: readonly string[], context: RunContext): AsyncGenerator<InputFile> {
  if (paths.length === 0) throw new UsageError('give at least one PATH (a file or a directory)');
  const { files, errors } = await collectJsonFiles(paths, context);
  const inputs: (string | InputError)[] = [...files, ...errors];
  inputs.sort((a, b) => compareText(pathOf(a), pathOf(b)));
  for (const input of inputs) {
    if (typeof input !== 'string') {
      yield { path: input.path, error: input };
      continue;
    }
    try {
      yield { path: input, text: await readTextFile(input, context) };
    } catch (error) {
      if ((error as { name?: string }).name !== 'InputError') throw error;
      yield { path: input, error: error as InputError };
    }
  }
}

/** A path as SARIF and GitHub code scanning want it: relative to the working directory, with `/` separators. */
export function repositoryPath(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

function pathOf(input: string | InputError): string {
  return typeof input === 'string' ? input : input.path;
}

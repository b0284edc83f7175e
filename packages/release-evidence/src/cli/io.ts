import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../json/parse.js';
import { InputError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a file as UTF-8 text. The size is checked before reading, so a huge file is refused without loading it.
 * A byte order mark is kept so that the parser can report it. Errors name the file and never its contents.
 */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
  if (!info.isFile()) throw new InputError(path, 'not a regular file');
  if (info.size > maxBytes) throw new InputError(path, `file is larger than the limit of ${maxBytes} bytes`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(path, 'file is not valid UTF-8');
  }
}

export interface CollectedPaths {
  /** Files to read, sorted, each once. */
  readonly files: readonly string[];
  /** Paths that could not be listed, with a reason. */
  readonly errors: readonly InputError[];
}

/** Expands files and directories (recursively, `*.json` only) into a sorted, de-duplicated list of files. */
export async function collectJsonFiles(paths: readonly string[]): Promise<CollectedPaths> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) for (const file of await listJsonFiles(path)) files.add(file);
      else files.add(path);
    } catch (error) {
      errors.push(new InputError(path, describeFsError(error)));
    }
  }
  return { files: [...files].sort(), errors };
}

async function listJsonFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  // Symbolic links to directories are not followed, so a link loop cannot hang the walk.
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await listJsonFiles(path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json')) found.push(path);
  }
  return found;
}

function describeFsError(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a path component is not a directory';
    default:
      return 'cannot be read';
  }
}

export function writeStdout(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function writeStderr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

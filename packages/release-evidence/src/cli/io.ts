import type { Stats } from 'node:fs';
// Synchronous calls on purpose: every async fs call is a round trip through libuv's thread pool, and over a 750-file
// scan those waits were about 15% of the wall time (cpuprofile `(idle)`), while nothing else runs meanwhile.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../json/compare.js';
import { DEFAULT_MAX_BYTES } from '../json/parse.js';
import { InputError } from './errors.js';
import { scanPath } from './path-scan.js';
import type { RunContext } from './sink.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a file as UTF-8 text. The size is checked before reading, so a huge file is refused without loading it.
 * A byte order mark is kept so that the parser can report it. Errors name the file and never its contents; the name
 * is scanned first, so a secret-shaped name is withheld even there.
 */
export async function readTextFile(path: string, context: RunContext, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  scanPath(path, context);
  context.processing(path);
  const info = statOf(path);
  if (!info.isFile()) throw new InputError(path, describeSpecial(info));
  if (info.size > maxBytes) throw new InputError(path, `file is larger than the limit of ${maxBytes} bytes`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
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
  /** Files to read, sorted, each once (by real path). */
  readonly files: readonly string[];
  /** Paths that could not be listed or are not files: link loops, dangling links, FIFOs, devices, unreadable folders. */
  readonly errors: readonly InputError[];
  /** The real path of every directory walked, so that outputs can be kept out of them. */
  readonly directories: readonly string[];
}

/**
 * Expands files and directories into a sorted list of files (spec §10): directories are walked recursively, symbolic
 * links to files and directories are followed, a link loop is an error, `*.json` matches in any letter case, and
 * anything under a directory that cannot be read as a file is an error naming it, never skipped.
 */
export async function collectJsonFiles(paths: readonly string[], context: RunContext): Promise<CollectedPaths> {
  const walked: Walk = { found: [], errors: [], directories: new Set(), context };
  for (const path of paths) {
    scanPath(path, context);
    try {
      const info = statOf(path);
      if (info.isDirectory()) walk(path, new Set(), walked);
      else walked.found.push(path);
    } catch (error) {
      walked.errors.push(asInputError(path, error));
    }
  }
  const files = onePerRealPath(walked.found.sort(compareText));
  return { files, errors: walked.errors, directories: [...walked.directories].sort(compareText) };
}

const JSON_NAME = /\.json$/i;

interface Walk {
  readonly found: string[];
  readonly errors: InputError[];
  readonly directories: Set<string>;
  readonly context: RunContext;
}

function walk(directory: string, ancestors: ReadonlySet<string>, walked: Walk): void {
  const { found, errors, context } = walked;
  const real = realpathSync(directory);
  walked.directories.add(real);
  if (ancestors.has(real)) {
    errors.push(new InputError(directory, 'symbolic link loop: the directory contains itself'));
    return;
  }
  const inside = new Set(ancestors).add(real);
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    errors.push(new InputError(directory, `directory cannot be listed: ${describeFsError(error)}`));
    return;
  }
  for (const name of names.sort(compareText)) {
    const path = join(directory, name);
    scanPath(path, context);
    try {
      const info = statOf(path);
      if (info.isDirectory()) walk(path, inside, walked);
      else if (info.isFile()) {
        if (JSON_NAME.test(name)) found.push(path);
      } else errors.push(new InputError(path, describeSpecial(info)));
    } catch (error) {
      errors.push(asInputError(path, error));
    }
  }
}

/** The same file reached by two paths (a link beside its target) is read once, under its first path. */
function onePerRealPath(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const path of paths) {
    const real = realOrSelf(path);
    if (seen.has(real)) continue;
    seen.add(real);
    kept.push(path);
  }
  return kept;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw asInputError(path, error);
  }
}

function asInputError(path: string, error: unknown): InputError {
  return error instanceof InputError ? error : new InputError(path, describeFsError(error));
}

function describeSpecial(info: Stats): string {
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'is a FIFO, not a regular file';
  if (info.isSocket()) return 'is a socket, not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a regular file';
  return 'not a regular file';
}

export function describeFsError(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file or directory (or a dangling symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a path component is not a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return 'cannot be read';
  }
}

import type { Stats } from 'node:fs';
// Synchronous calls on purpose: every async fs call is a round trip through libuv's thread pool, and over a 750-file
// scan those waits were about 15% of the wall time (cpuprofile `(idle)`), while nothing else runs meanwhile.
// `realpathSync.native` is one realpath(3) call, where the JS one makes an lstat per path segment: a 771-file
// listing took about 30 ms less.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../json/compare.js';
import { DEFAULT_MAX_BYTES } from '../json/parse.js';
import { InputError } from './errors.js';
import { scanPath, scanPaths } from './path-scan.js';
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
  if (!info.isFile()) throw new InputError('input-not-file', { path, type: specialType(info) });
  if (info.size > maxBytes) throw new InputError('input-too-large', { path, limit: maxBytes });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError('input-unreadable', { path, cause: fsCause(error) });
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('input-not-utf8', { path });
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
  const walked: Walk = { found: [], errors: [], directories: new Set(), met: [] };
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
  // Every name met under the directories, scanned in one pass before any of them can be written.
  scanPaths(walked.met, context);
  const files = onePerRealPath(walked.found.sort(compareText));
  return { files, errors: walked.errors, directories: [...walked.directories].sort(compareText) };
}

const JSON_NAME = /\.json$/i;

interface Walk {
  readonly found: string[];
  readonly errors: InputError[];
  readonly directories: Set<string>;
  /** Every path met inside the directories, for `scanPaths`. */
  readonly met: string[];
}

function walk(directory: string, ancestors: ReadonlySet<string>, walked: Walk): void {
  const { found, errors, met } = walked;
  const real = realpathSync.native(directory);
  walked.directories.add(real);
  if (ancestors.has(real)) {
    errors.push(new InputError('directory-loop', { path: directory }));
    return;
  }
  const inside = new Set(ancestors).add(real);
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    errors.push(new InputError('directory-unlistable', { path: directory, cause: fsCause(error) }));
    return;
  }
  for (const name of names.sort(compareText)) {
    const path = join(directory, name);
    met.push(path);
    try {
      const info = statOf(path);
      if (info.isDirectory()) walk(path, inside, walked);
      else if (info.isFile()) {
        if (JSON_NAME.test(name)) found.push(path);
      } else errors.push(new InputError('input-not-file', { path, type: specialType(info) }));
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
    return realpathSync.native(path);
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
  return error instanceof InputError ? error : new InputError('input-unreadable', { path, cause: fsCause(error) });
}

/** What a path that is not a regular file is, as `input-not-file` names it. */
function specialType(info: Stats): string {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'other';
}

/** Why the file system refused, from the error's code only (its message may quote the path unredacted). */
function fsCause(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'missing';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'EISDIR':
      return 'directory';
    case 'ENOTDIR':
      return 'not-directory';
    case 'ELOOP':
      return 'loop';
    default:
      return 'other';
  }
}

import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { InputError } from './errors.js';
import type { InputPaths } from './readiness-inputs.js';

/** An output option: its flag, for messages, and the path given. */
export interface OutputPath {
  readonly option: string;
  readonly path: string;
}

/**
 * Refuses outputs that would replace an input (spec §10): after following symbolic links, no output may name the
 * candidate, the policy, an evidence file, another output, or a path inside an evidence directory. Exit 2, naming it.
 */
export async function refuseOverlaps(outputs: readonly OutputPath[], inputs: InputPaths): Promise<void> {
  const inputFiles = new Set(await Promise.all(inputs.files.map(realTarget)));
  // A hard link to an input has a real path of its own: the device and inode show it is the same file.
  const inputIdentities = new Set((await Promise.all(inputs.files.map(identityOf))).filter((id) => id !== undefined));
  const seen = new Map<string, string>();
  for (const { option, path } of outputs) {
    const target = await realTarget(path);
    const identity = await identityOf(target);
    if (inputFiles.has(target) || (identity !== undefined && inputIdentities.has(identity))) {
      throw new InputError('output-is-input', { path, option });
    }
    const inside = inputs.directories.find((directory) => target.startsWith(directory + sep));
    if (inside !== undefined) throw new InputError('output-in-evidence', { path, option });
    const other = seen.get(target);
    if (other !== undefined) throw new InputError('output-same-file', { path, option, other });
    seen.set(target, option);
  }
}

/** `device:inode` of an existing file, or undefined when there is none yet. */
async function identityOf(path: string): Promise<string | undefined> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  return info === undefined ? undefined : `${info.dev}:${info.ino}`;
}

/**
 * Where writing to `path` would land: the real path of the file, or for a file that does not exist yet, of its
 * directory; a dangling symbolic link is followed to the file it would create.
 */
export async function realTarget(path: string, hops = 0): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const link = await lstat(path).catch(() => undefined);
    if (link?.isSymbolicLink() && hops < 40) return realTarget(resolve(dirname(path), await readlink(path)), hops + 1);
    const directory = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
    return resolve(directory, basename(path));
  }
}

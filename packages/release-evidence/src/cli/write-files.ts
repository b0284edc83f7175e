import { randomUUID } from 'node:crypto';
import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { realTarget } from './outputs.js';

/** A file of a run's output: where it goes and its bytes, already made safe by the sink. */
export interface FileText {
  readonly path: string;
  readonly text: string;
}

/** The output file that could not be written, as the caller named it. */
export class UnwritableFile extends Error {
  constructor(readonly path: string) {
    super(`cannot write ${path}`);
  }
}

interface Staged {
  readonly path: string;
  readonly temp: string;
  readonly target: string;
}

/**
 * Writes every file, or none when one cannot be written: a packet beside last run's Markdown would be two runs'
 * verdicts side by side. Each file is first written new beside its target (links followed, so a link to an output
 * keeps pointing at it), and only once all of them are written are they renamed over their targets. A target that is
 * not a regular file (`/dev/null`, a pipe) cannot be replaced by a rename, so it is written in place, after the rest.
 */
export async function writeAllOrNone(files: readonly FileText[]): Promise<void> {
  const staged: Staged[] = [];
  const inPlace: FileText[] = [];
  try {
    for (const file of files) {
      const target = await realTarget(file.path).catch(() => file.path);
      const existing = await stat(target).catch(() => undefined);
      if (existing !== undefined && !existing.isFile()) {
        inPlace.push(file);
        continue;
      }
      // A new name of our own ('wx': never an existing file or a link someone planted there), without the target's
      // name, which may already be as long as a name can be.
      const temp = join(dirname(target), `.release-evidence-${randomUUID()}.partial`);
      staged.push({ path: file.path, temp, target });
      await writeFile(temp, file.text, { flag: 'wx' }).catch(() => {
        throw new UnwritableFile(file.path);
      });
      // The file it replaces keeps its permissions: an output someone made private stays private.
      if (existing !== undefined) await chmod(temp, existing.mode & 0o7777).catch(() => undefined);
    }
  } catch (error) {
    await removeAll(staged);
    throw error;
  }
  for (const [index, file] of staged.entries()) {
    await rename(file.temp, file.target).catch(async () => {
      await removeAll(staged.slice(index));
      throw new UnwritableFile(file.path);
    });
  }
  for (const file of inPlace) {
    await writeFile(file.path, file.text).catch(() => {
      throw new UnwritableFile(file.path);
    });
  }
}

async function removeAll(staged: readonly Staged[]): Promise<void> {
  await Promise.all(staged.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
}

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonFile } from '../adapters/shared/config.js';

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Every `*.json` document in a folder, in name order. */
export function readJsonFolder(folder: string): Record<string, unknown>[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJsonFile(join(folder, name)));
}

/** Removes what a previous collect wrote into `outDir` (its evidence folder and candidate), and nothing else. */
export function removeOutputs(outDir: string): void {
  rmSync(join(outDir, 'evidence'), { recursive: true, force: true });
  rmSync(join(outDir, 'release-candidate.json'), { force: true });
  mkdirSync(outDir, { recursive: true });
}

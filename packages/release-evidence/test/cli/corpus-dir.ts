import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildCorpus } from '../privacy/corpus.mjs';

export const { positives, negatives } = buildCorpus();

/** The privacy corpus as files: `positives/case-N.json` and `negatives/case-N.json` under a temporary directory. */
export function writeCorpusDir(): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'release-evidence-corpus-'));
  mkdirSync(join(dir, 'positives'));
  mkdirSync(join(dir, 'negatives'));
  for (const [index, c] of positives.entries()) writeFileSync(join(dir, 'positives', `case-${index}.json`), c.text);
  for (const [index, c] of negatives.entries()) writeFileSync(join(dir, 'negatives', `case-${index}.json`), c.text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Ids of the positive cases whose planted value (raw or encoded) appears in `output`. */
export function leakedIn(output: string): string[] {
  return positives
    .filter((c) => c.planted.some((value) => value.length >= 8 && output.includes(value)))
    .map((c) => c.id);
}

/** The corpus directory for one test file: written before its tests, removed after; call the result for its path. */
export function useCorpusDir(): () => string {
  let corpus: ReturnType<typeof writeCorpusDir> | undefined;
  beforeAll(() => {
    corpus = writeCorpusDir();
  });
  afterAll(() => corpus?.remove());
  return () => corpus?.dir ?? '';
}

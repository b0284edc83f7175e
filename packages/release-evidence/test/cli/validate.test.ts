import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, releaseStatus } from '../privacy/corpus.mjs';
import { leakedIn, negatives, useCorpusDir } from './corpus-dir.js';
import { runCli } from './packet-support.js';

const r = createRandom(4);
const corpusDir = useCorpusDir();

describe('release-evidence validate', () => {
  it('exits 0 on valid, clean documents', async () => {
    const result = await runCli(['validate', join(corpusDir(), 'negatives'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { ok: boolean; documents: { kind: string; ok: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.documents).toHaveLength(negatives.length);
  });

  it('fails documents with findings (exit 1), lists them and repeats no planted value', async () => {
    for (const format of ['text', 'json']) {
      const result = await runCli(['validate', join(corpusDir(), 'positives'), '--format', format]);
      expect(result.code, format).toBe(1);
      expect(leakedIn(result.stdout + result.stderr), format).toEqual([]);
      if (format === 'json') {
        const report = JSON.parse(result.stdout) as { documents: { ok: boolean; findings: unknown[] }[] };
        expect(report.documents.every((d) => !d.ok && d.findings.length > 0)).toBe(true);
      }
    }
  });

  it('withholds a document id that is itself a finding', async () => {
    const file = join(corpusDir(), 'id-finding.json');
    const id = r.hex(32);
    writeFileSync(file, JSON.stringify(releaseStatus({ sha: r.hex(40), id })));
    const result = await runCli(['validate', file, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(id);
    expect(JSON.parse(result.stdout).documents[0]).toMatchObject({ kind: 'release-status', id: null, ok: false });
  });

  it('reports an unparsable file as a document with an error and exits 2', async () => {
    const file = join(corpusDir(), 'not-json.json');
    writeFileSync(file, 'not json');
    const result = await runCli(['validate', file, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).documents[0]).toMatchObject({
      path: file,
      ok: false,
      errors: [{ code: 'json-syntax' }],
    });
  });
});

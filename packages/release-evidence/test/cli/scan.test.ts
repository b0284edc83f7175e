import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../privacy/corpus.mjs';
import { leakedIn, positives, useCorpusDir } from './corpus-dir.js';
import { runCli } from './packet-support.js';

const r = createRandom(3);
const corpusDir = useCorpusDir();

describe('release-evidence scan', () => {
  it('exits 0 on public-safe documents', async () => {
    const result = await runCli(['scan', join(corpusDir(), 'negatives'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, findings: [], errors: [] });
  });

  it('exits 1 with every finding, in text, JSON and SARIF, without repeating any planted value', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const result = await runCli(['scan', join(corpusDir(), 'positives'), '--format', format]);
      expect(result.code, format).toBe(1);
      expect(leakedIn(result.stdout + result.stderr), format).toEqual([]);
      if (format === 'json') {
        const report = JSON.parse(result.stdout) as { ok: boolean; findings: { path: string }[] };
        expect(report.ok).toBe(false);
        expect(new Set(report.findings.map((f) => f.path)).size).toBe(positives.length);
      }
      if (format === 'sarif') expect(JSON.parse(result.stdout).version).toBe('2.1.0');
      if (format === 'text') expect(result.stdout).toMatch(/^FAIL {2}.*case-0\.json$/m);
    }
  });

  it('prints findings as at most 10 escaped ::error commands on stderr in GitHub Actions, without values', async () => {
    for (const command of ['scan', 'validate']) {
      const result = await runCli([command, join(corpusDir(), 'positives'), '--format', 'json'], {
        GITHUB_ACTIONS: 'true',
      });
      const commands = result.stderr.split('\n').filter((line) => line.startsWith('::error '));
      expect(commands, command).toHaveLength(10);
      expect(commands[0], command).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=Privacy finding%3A /);
      expect(leakedIn(result.stdout + result.stderr), command).toEqual([]);
      expect(() => JSON.parse(result.stdout), command).not.toThrow();
    }
  });

  it('exits 2 for an unreadable or unparsable file, names it and never prints its contents', async () => {
    const broken = join(corpusDir(), 'broken.json');
    const token = `gh${'p_'}${r.mixed(36)}`;
    writeFileSync(broken, `{"note": "${token}"`);
    const result = await runCli(['scan', broken, join(corpusDir(), 'missing.json'), '--format', 'json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as { errors: { path: string; code: string }[] };
    expect(report.errors.map((e) => [e.path, e.code])).toEqual([
      [broken, 'json-syntax'],
      [join(corpusDir(), 'missing.json'), 'io-error'],
    ]);
    expect(result.stdout).not.toContain(token);
  });

  it('refuses to run without a path, or with an unknown format', async () => {
    expect((await runCli(['scan'])).code).toBe(2);
    expect((await runCli(['scan', corpusDir(), '--format', 'xml'])).code).toBe(2);
  });
});

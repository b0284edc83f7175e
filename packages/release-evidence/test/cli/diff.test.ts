import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseline, dropGate, evaluate } from '../readiness/support.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'release-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(name: string, drop?: string): Promise<string> {
  const set = baseline();
  if (drop) dropGate(set, drop);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify((await evaluate(set)).readiness));
  return path;
}

describe('release-evidence diff', () => {
  it('exits 0 when nothing changed and 1 when something did, in JSON off a terminal', async () => {
    const a = await written('a.json');
    const b = await written('b.json');
    const c = await written('c.json', 'image-safety');
    expect((await runCli(['diff', a, b])).code).toBe(0);
    const changed = await runCli(['diff', a, c]);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).changes[0]).toMatchObject({ class: 'verdict', code: 'verdict-changed' });
    const text = await runCli(['diff', a, c, '--format', 'text']);
    expect(text.stdout).toContain('verdict ready → blocked');
    expect((await runCli(['diff', a, c, '--format', 'markdown'])).stdout).toContain('## Release diff:');
  });

  it('exits 2 and names the file for bad input', async () => {
    const a = await written('ok.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ nope');
    const candidate = join(dir, 'candidate.json');
    writeFileSync(candidate, JSON.stringify(baseline().candidate));
    for (const other of [bad, candidate, join(dir, 'missing.json')]) {
      const run = await runCli(['diff', a, other]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(other);
      expect(run.stdout).toBe('');
    }
    expect((await runCli(['diff', a])).code).toBe(2);
  });
});

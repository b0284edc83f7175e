import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templatePath } from '../../adapters/shared/paths.js';
import { releaseEvidence } from '../../scripts/release-evidence-cli.js';
import { collect, now, pinned, recorded } from './collect-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'ai-media-collect-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pnpm collect --inputs', () => {
  it('reproduces the recorded evidence byte for byte from fixtures/recorded-inputs', () => {
    const out = join(scratch, 'reproduced');
    const result = collect(['--inputs', templatePath('fixtures', 'recorded-inputs'), '--out', out, ...pinned]);
    expect(result.status).toBe(0);
    const written = readdirSync(join(out, 'evidence')).sort();
    expect(written).toEqual([
      'image-safety.json',
      'operator-approval.json',
      'production-resources.json',
      'secret-rotation.json',
    ]);
    for (const name of written) {
      expect(readFileSync(join(out, 'evidence', name), 'utf8'), name).toBe(
        readFileSync(join(recorded, 'evidence', name), 'utf8'),
      );
    }
    expect(readFileSync(join(out, 'release-candidate.json'), 'utf8')).toBe(
      readFileSync(join(recorded, 'release-candidate.json'), 'utf8'),
    );
  });

  it('never shifts time without --replay-at, and says which it did', () => {
    const out = join(scratch, 'replayed');
    const result = collect([
      '--inputs',
      templatePath('fixtures', 'recorded-inputs'),
      '--out',
      out,
      ...pinned,
      '--replay-at',
      now,
    ]);
    expect(result.status).toBe(0);
    const receipt = JSON.parse(readFileSync(join(out, 'evidence', 'secret-rotation.json'), 'utf8'));
    expect(receipt.extensions['x-inventory']).toBe('replayed-fixture');
    const original = JSON.parse(readFileSync(join(recorded, 'evidence', 'secret-rotation.json'), 'utf8'));
    expect(original.extensions['x-inventory']).toBe('recorded');
    expect(receipt.secrets[0].after.updatedAt).not.toBe(original.secrets[0].after.updatedAt);
  });

  it('keeps author e-mails, author ids and account-scoped ids out of every document', () => {
    const out = join(scratch, 'private');
    expect(collect(['--inputs', templatePath('fixtures', 'recorded-inputs'), '--out', out, ...pinned]).status).toBe(0);
    const text = readdirSync(join(out, 'evidence'))
      .map((name) => readFileSync(join(out, 'evidence', name), 'utf8'))
      .join('\n');
    for (const leak of [
      '@example.com',
      'reference-author',
      'author',
      'store_id',
      '70000000-',
      '00000000-0000-4000',
      'c0de',
      'etag',
    ]) {
      expect(text).not.toContain(leak);
    }
    expect(releaseEvidence(['scan', join(out, 'evidence')]).status).toBe(0);
  });

  it('exits 2 naming the file for a recording in the wrong shape, and refuses --out inside the inputs', () => {
    const bad = collect(['--inputs', scratch, '--out', join(tmpdir(), 'ai-media-nowhere'), ...pinned]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"before/" is missing');
    const inside = collect([
      '--inputs',
      templatePath('fixtures', 'recorded-inputs'),
      '--out',
      templatePath('fixtures', 'recorded-inputs', 'out'),
      ...pinned,
    ]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain('--out must be outside the recorded inputs folder');
  });
});

describe('pnpm collect usage', () => {
  const inputs = ['--inputs', templatePath('fixtures', 'recorded-inputs'), '--out', join(scratch, 'usage')];
  it.each([
    [['--inputs', 'a', '--inputs', 'b', '--out', 'c'], '--inputs is given more than once'],
    [['--live', '--snapshot', 'after'], '--snapshot takes one of: before'],
    [['--unknown'], 'unknown option, missing value or unexpected argument'],
    [[...inputs, '--commit', 'A'.repeat(40)], '--commit must be 40 or 64 lowercase hex digits'],
    [[...inputs, '--branch', 'feature..x'], '--branch is not a git branch name'],
  ])('exits 2 with the usage for %j', (args, message) => {
    const result = collect(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: pnpm collect');
    expect(result.stderr).toContain(`error: ${message}`);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATE_ROOT } from '../../adapters/shared/paths.js';

const folder = mkdtempSync(join(tmpdir(), 'ai-media-approve-'));
const decisionsFile = join(folder, 'decisions.json');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function approve(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/approve.mjs', ...args, '--decisions-file', decisionsFile], {
    cwd: TEMPLATE_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const recorded = () => JSON.parse(readFileSync(decisionsFile, 'utf8')).decisions as Record<string, unknown>[];

describe('pnpm ops:approve', () => {
  it('records a human decision with the current time, an expiry and the commit', () => {
    const before = Date.now();
    const result = approve(
      '--scope',
      'traffic',
      '--traffic-percent',
      '25',
      '--reference',
      'ops-review/launch#traffic',
      '--role',
      'release-manager',
      '--expires-in',
      'PT2H',
    );
    expect(result.status).toBe(0);
    const [decision] = recorded();
    expect(decision).toMatchObject({
      scope: 'traffic',
      decision: 'approved',
      trafficPercent: 25,
      reviewerRole: 'release-manager',
    });
    const decidedAt = Date.parse(String(decision?.decidedAt));
    expect(decidedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(String(decision?.expiresAt)) - decidedAt).toBe(2 * 3_600_000);
    expect(String(decision?.commitSha)).toMatch(/^[0-9a-f]{40}$/);
  });

  it('refuses person identifiers, bad scopes and missing traffic percent, without a stack trace', () => {
    const cases = [
      ['--scope', 'resources', '--reference', 'ops-review/launch', '--role', 'someone@example.com'],
      ['--scope', 'everything', '--reference', 'ops-review/launch', '--role', 'release-manager'],
      ['--scope', 'traffic', '--reference', 'ops-review/launch', '--role', 'release-manager'],
      ['--scope', 'resources', '--reference', 'has space', '--role', 'release-manager'],
      ['--scope', 'resources', '--reference', 'ops-review/launch', '--role', 'release-manager', '--unknown'],
    ];
    for (const args of cases) {
      const result = approve(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('usage: pnpm ops:approve');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr).not.toContain('someone@example.com');
    }
    expect(recorded()).toHaveLength(1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scratch } from '../readiness/cli-support.js';
import { baseline, docOf, type EvidenceSet } from '../readiness/support.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Runs `readiness` over the set with the given policy text as `--policy`. */
function runWithPolicy(set: EvidenceSet, policy: string) {
  const files: Record<string, string> = { 'candidate.json': JSON.stringify(set.candidate), 'policy.json': policy };
  for (const doc of set.documents) files[`evidence/${doc.id}.json`] = JSON.stringify(doc);
  const ws = scratch(files);
  cleanups.push(ws.cleanup);
  const args = ['--candidate', ws.path('candidate.json'), '--evidence', ws.path('evidence'), '--now', set.now];
  return runCli(['readiness', ...args, '--policy', ws.path('policy.json')]);
}

/** Token-shaped, built at run time; letters only, so a pointer would otherwise echo it as a plain member name. */
function letterToken(prefix: string, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return prefix + Array.from({ length }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

describe('--policy FILE', () => {
  it('refuses a policy with a duplicate member instead of silently using the last one', async () => {
    const set = baseline();
    // Three days old: stale under the first maxAge, fresh under the shadowing second one.
    docOf(set, 'image-safety').generatedAt = '2026-11-17T13:00:00Z';
    const result = await runWithPolicy(set, '{ "maxAge": { "image-safety": "PT1H", "image-safety": "P30D" } }');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('policy.json: not a valid policy (duplicate-key at /maxAge/image-safety)');
  });

  it.each([
    ['an unknown member', (token: string) => ({ [token]: 1 })],
    ['an unknown gate', (token: string) => ({ maxAge: { [token]: 'P1D' } })],
  ])('never echoes a token used as %s', async (_name, policy) => {
    const token = letterToken(`${'gh'}${'p_'}`, 36);
    const result = await runWithPolicy(baseline(), JSON.stringify(policy(token)));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy.json: not privacy-clean (credential finding at ');
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});

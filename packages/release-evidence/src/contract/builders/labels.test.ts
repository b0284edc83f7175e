import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { branch, commitSha } from '../scalars.js';
import { evidenceId, isBranch, isCommitSha, isLabel, isReference, isSecretName, toLabel } from './labels.js';

describe('labels', () => {
  test('toLabel makes a label of any name', () => {
    expect(toLabel('test/unit/Source Status.test.ts')).toBe('test-unit-source-status.test.ts');
    expect(toLabel('--')).toBe('unnamed');
    expect(isLabel(toLabel(`${'x'.repeat(200)}!`))).toBe(true);
  });
  test('evidenceId adds the short commit and stays a label', () => {
    const subject = { commitSha: 'abcdef0123456789abcdef0123456789abcdef01' };
    expect(evidenceId('source-status', subject)).toBe('source-status-abcdef012345');
    const long = evidenceId('n'.repeat(127), subject);
    expect(long.length).toBeLessThanOrEqual(128);
    expect(isLabel(long)).toBe(true);
  });
  test('scalar predicates follow spec §2', () => {
    expect(isReference('ops-review/launch#traffic')).toBe(true);
    expect(isReference('Ops')).toBe(false);
    expect(isReference('a'.repeat(201))).toBe(false);
    expect(isSecretName('IMAGE_PROVIDER_TOKEN')).toBe(true);
    expect(isSecretName('lower')).toBe(false);
    expect(isCommitSha('a'.repeat(40))).toBe(true);
    expect(isCommitSha('a'.repeat(64))).toBe(true);
    expect(isCommitSha('A'.repeat(40))).toBe(false);
    expect(isCommitSha('a'.repeat(41))).toBe(false);
    expect(isBranch('feature/ai-media')).toBe(true);
    expect(isBranch('feature..x')).toBe(false);
    expect(isBranch('-leading')).toBe(false);
    expect(isBranch('lone\ud800')).toBe(false);
  });
  test('the predicates agree with the contract validators', () => {
    const samples = ['main', 'release/v1.2', 'a b', 'x.lock', '@', 'a'.repeat(40), 'g'.repeat(40), 'ok\ud800'];
    for (const value of samples) {
      expect(isBranch(value), value).toBe(v.is(branch, value));
      expect(isCommitSha(value), value).toBe(v.is(commitSha, value));
    }
  });
});

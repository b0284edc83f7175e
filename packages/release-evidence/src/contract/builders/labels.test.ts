import { describe, expect, test } from 'vitest';
import { evidenceId, isLabel, isReference, isSecretName, toLabel } from './labels.js';

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
  });
});

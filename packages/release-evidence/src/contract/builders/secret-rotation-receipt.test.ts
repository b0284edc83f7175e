import { describe, expect, test } from 'vitest';
import { secretRotationReceipt } from './secret-rotation-receipt.js';
import { HEADER, issueCodes } from './test-header.js';

const rotated = (name: string, store: 'worker-secret' | 'github-actions', preflight: 'passed' | 'failed') => ({
  name,
  store,
  before: { updatedAt: '2026-11-01T00:00:00Z' },
  after: { updatedAt: '2026-11-25T10:00:00Z' },
  preflight,
  nextSafeCommand: 'gh secret list',
});

describe('secretRotationReceipt', () => {
  test('passes preflight when every secret passed, sorted by store then name', () => {
    const doc = secretRotationReceipt({
      ...HEADER,
      environment: 'production',
      checkedAt: '2026-11-25T11:00:00Z',
      secrets: [
        rotated('B_TOKEN', 'worker-secret', 'passed'),
        rotated('A_TOKEN', 'worker-secret', 'passed'),
        rotated('Z_TOKEN', 'github-actions', 'passed'),
      ],
    });
    expect(doc.secrets.map((secret) => `${secret.store}/${secret.name}`)).toEqual([
      'github-actions/Z_TOKEN',
      'worker-secret/A_TOKEN',
      'worker-secret/B_TOKEN',
    ]);
    expect(doc.preflight).toEqual({ status: 'passed', checkedAt: '2026-11-25T11:00:00Z' });
    expect(issueCodes(doc)).toEqual([]);
  });

  test('fails preflight when one secret failed; a new secret keeps before: null', () => {
    const doc = secretRotationReceipt({
      ...HEADER,
      environment: 'production',
      checkedAt: '2026-11-25T11:00:00Z',
      secrets: [
        rotated('A_TOKEN', 'worker-secret', 'failed'),
        { ...rotated('NEW', 'github-actions', 'passed'), before: null },
      ],
    });
    expect(doc.preflight.status).toBe('failed');
    expect(doc.secrets.find((secret) => secret.name === 'NEW')?.before).toBeNull();
    expect(issueCodes(doc)).toEqual([]);
  });

  test('copies only the contract members of a secret', () => {
    const extra = { ...rotated('A_TOKEN', 'worker-secret', 'passed'), value: 'not-copied' };
    const doc = secretRotationReceipt({
      ...HEADER,
      environment: 'staging',
      checkedAt: HEADER.generatedAt,
      secrets: [extra],
    });
    expect(Object.keys(doc.secrets[0] ?? {})).toEqual([
      'name',
      'store',
      'before',
      'after',
      'preflight',
      'nextSafeCommand',
    ]);
  });
});

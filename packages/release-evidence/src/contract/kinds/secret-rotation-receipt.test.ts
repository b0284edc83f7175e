import { describe, expect, test } from 'vitest';
import { issuesOf, NOW, samples, withField } from '../../../test/contract/helpers.js';
import { shiftMinutes } from '../../../test/samples/index.js';

const s = samples();
const later = (minutes: number) => shiftMinutes(NOW, minutes);

describe('secret-rotation-receipt', () => {
  test('(name, store) pairs are unique', () => {
    const doc = withField(s.rotation, ['secrets', 1], { ...s.rotation.secrets[0] });
    expect(issuesOf(doc)).toEqual(['duplicate-entry /secrets/1']);
    const otherStore = withField(doc, ['secrets', 1, 'store'], 'secrets-store');
    expect(issuesOf(otherStore)).toEqual([]);
  });
  test('after is later than before', () => {
    const before = s.rotation.secrets[0]?.before?.updatedAt;
    expect(issuesOf(withField(s.rotation, ['secrets', 0, 'after', 'updatedAt'], before))).toEqual([
      'not-rotated /secrets/0/after/updatedAt',
    ]);
    expect(issuesOf(withField(s.rotation, ['secrets', 0, 'before'], { updatedAt: later(-15) }))).toEqual([
      'not-rotated /secrets/0/after/updatedAt',
    ]);
  });
  test('preflight status follows the secrets', () => {
    expect(issuesOf(withField(s.rotation, ['secrets', 1, 'preflight'], 'failed'))).toEqual([
      'preflight-mismatch /preflight/status',
    ]);
    expect(issuesOf(withField(s.rotation, ['secrets', 1, 'preflight'], 'skipped'))).toEqual([]);
    expect(issuesOf(withField(s.rotation, ['preflight', 'status'], 'failed'))).toEqual([
      'preflight-mismatch /preflight/status',
    ]);
  });
  test('updatedAt and checkedAt are not in the future of generatedAt', () => {
    expect(issuesOf(withField(s.rotation, ['secrets', 1, 'after', 'updatedAt'], later(10)))).toEqual([
      'time-order /secrets/1/after/updatedAt',
    ]);
    expect(issuesOf(withField(s.rotation, ['preflight', 'checkedAt'], later(10)))).toEqual([
      'time-order /preflight/checkedAt',
    ]);
  });
});

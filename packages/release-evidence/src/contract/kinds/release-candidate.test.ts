import { describe, expect, test } from 'vitest';
import { issuesOf, NOW, samples, withField } from '../../../test/contract/helpers.js';
import { shiftMinutes } from '../../../test/samples/index.js';

const s = samples();
const later = (minutes: number) => shiftMinutes(NOW, minutes);

describe('release-candidate and policy', () => {
  test('exactly one staging and one production origin', () => {
    expect(issuesOf(withField(s.candidate, ['origins', 1], s.candidate.origins[0]))).toEqual([
      'duplicate-entry /origins/1',
    ]);
    expect(issuesOf(withField(s.candidate, ['origins'], [s.candidate.origins[0]]))).toEqual([
      'invalid-length /origins',
    ]);
  });
  test('deferral ids are unique; gates are not checked here', () => {
    const deferral = { id: 'DEFER-1', gate: 'not-a-gate', reference: 'ops/deferrals#1', expiresAt: later(60) };
    expect(issuesOf(withField(s.candidate, ['acceptedDeferrals'], [deferral]))).toEqual([]);
    expect(issuesOf(withField(s.candidate, ['acceptedDeferrals'], [deferral, { ...deferral }]))).toEqual([
      'duplicate-entry /acceptedDeferrals/1',
    ]);
  });
  test('unknown gates in the policy', () => {
    const policy = { maxAge: { 'image-safety': 'PT1H', 'made-up': 'PT1H' }, requiredGates: ['source-known', 'other'] };
    expect(issuesOf(withField(s.candidate, ['policy'], policy))).toEqual([
      'unknown-gate /policy/maxAge/made-up',
      'unknown-gate /policy/requiredGates/1',
    ]);
  });
});

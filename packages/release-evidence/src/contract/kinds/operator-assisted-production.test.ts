import { describe, expect, test } from 'vitest';
import { issuesOf, NOW, samples, withField } from '../../../test/contract/helpers.js';
import { shiftMinutes } from '../../../test/samples/index.js';

const s = samples();
const later = (minutes: number) => shiftMinutes(NOW, minutes);

describe('operator-assisted-production', () => {
  test('decidedAt is required unless pending', () => {
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'decidedAt'], undefined))).toEqual([
      'missing-decision-time /approvals/0/decidedAt',
    ]);
    const pending = withField(s.approval, ['approvals', 0, 'decision'], 'pending');
    expect(issuesOf(withField(pending, ['approvals', 0, 'decidedAt'], undefined))).toEqual([]);
  });
  test('expiresAt is later than decidedAt', () => {
    const decidedAt = s.approval.approvals[0]?.decidedAt;
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'expiresAt'], decidedAt))).toEqual([
      'expiry-before-decision /approvals/0/expiresAt',
    ]);
  });
  test('trafficPercent is present exactly for traffic scope', () => {
    expect(issuesOf(withField(s.approval, ['approvals', 1, 'trafficPercent'], undefined))).toEqual([
      'traffic-percent /approvals/1/trafficPercent',
    ]);
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'trafficPercent'], 50))).toEqual([
      'traffic-percent /approvals/0/trafficPercent',
    ]);
  });
  test('decidedAt is not in the future; environment is production', () => {
    expect(issuesOf(withField(s.approval, ['approvals', 0, 'decidedAt'], later(20)))).toEqual([
      'time-order /approvals/0/decidedAt',
    ]);
    expect(issuesOf(withField(s.approval, ['environment'], 'staging'))).toEqual(['invalid-value /environment']);
  });
});

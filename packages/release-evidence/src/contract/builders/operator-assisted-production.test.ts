import { describe, expect, test } from 'vitest';
import { operatorAssistedProduction } from './operator-assisted-production.js';
import { HEADER, issueCodes } from './test-header.js';

describe('operatorAssistedProduction', () => {
  test('is for production, with approvals sorted by scope then decision time', () => {
    const doc = operatorAssistedProduction({
      ...HEADER,
      approvals: [
        {
          scope: 'traffic',
          reference: 'ops/review#traffic',
          reviewerRole: 'release-manager',
          decision: 'approved',
          decidedAt: '2026-11-25T10:00:00Z',
          expiresAt: '2026-11-26T10:00:00Z',
          trafficPercent: 100,
        },
        {
          scope: 'resources',
          reference: 'ops/review#resources',
          reviewerRole: 'release-manager',
          decision: 'approved',
          decidedAt: '2026-11-25T09:00:00Z',
        },
        { scope: 'resources', reference: 'ops/review#later', reviewerRole: 'sre', decision: 'pending' },
      ],
    });
    expect(doc.environment).toBe('production');
    expect(doc.approvals.map((approval) => approval.reference)).toEqual([
      'ops/review#later',
      'ops/review#resources',
      'ops/review#traffic',
    ]);
    expect(issueCodes(doc)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { releaseCandidate } from './release-candidate.js';
import { HEADER, issueCodes } from './test-header.js';

describe('releaseCandidate', () => {
  test('sorts origins, expected resources and deferrals', () => {
    const doc = releaseCandidate({
      id: 'candidate-1',
      generatedAt: HEADER.generatedAt,
      subject: HEADER.subject,
      origins: [
        { environment: 'staging', url: 'https://staging.example.com' },
        { environment: 'production', url: 'https://example.com' },
      ],
      expectedResources: [
        { type: 'r2', label: 'media' },
        { type: 'd1', label: 'primary-db' },
      ],
      milestone: 'launch',
      acceptedDeferrals: [
        { id: 'DEFER-2', gate: 'image-safety', reference: 'ops/defer#2', expiresAt: '2026-12-01T00:00:00Z' },
        { id: 'DEFER-1', gate: 'provider-canary', reference: 'ops/defer#1', expiresAt: '2026-12-01T00:00:00Z' },
      ],
    });
    expect(doc.origins.map((origin) => origin.environment)).toEqual(['production', 'staging']);
    expect(doc.expectedResources.map((resource) => resource.type)).toEqual(['d1', 'r2']);
    expect(doc.acceptedDeferrals.map((deferral) => deferral.id)).toEqual(['DEFER-1', 'DEFER-2']);
    expect(doc).not.toHaveProperty('policy');
    expect(issueCodes(doc)).toEqual([]);
  });
});

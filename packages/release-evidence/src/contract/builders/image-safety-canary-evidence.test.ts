import { describe, expect, test } from 'vitest';
import { imageSafetyCanaryEvidence } from './image-safety-canary-evidence.js';
import { HEADER, issueCodes } from './test-header.js';

const input = (unsafeBlocked: number, safeAllowed: number) => ({
  ...HEADER,
  environment: 'staging' as const,
  reviewerMode: 'rule-based-auto',
  decisionSource: 'template/image-safety#rules-v1',
  samples: { unsafeTotal: 10, unsafeBlocked, safeTotal: 20, safeAllowed, escalated: 1 },
  thresholds: { minSamples: 20, minUnsafeBlockedRate: 1, minSafeAllowedRate: 0.9 },
});

describe('imageSafetyCanaryEvidence', () => {
  test.each([
    [10, 18, 'pass'],
    [9, 20, 'fail'],
    [10, 17, 'fail'],
  ] as const)('%i of 10 unsafe blocked, %i of 20 safe allowed: %s', (blocked, allowed, verdict) => {
    const doc = imageSafetyCanaryEvidence(input(blocked, allowed));
    expect(doc.verdict).toBe(verdict);
    expect(issueCodes(doc)).toEqual([]);
  });

  test('is inconclusive below minSamples', () => {
    const doc = imageSafetyCanaryEvidence({
      ...input(10, 18),
      thresholds: { ...input(0, 0).thresholds, minSamples: 31 },
    });
    expect(doc.verdict).toBe('inconclusive');
  });
});

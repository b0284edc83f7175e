import { describe, expect, test } from 'vitest';
import { providerCanaryEvidence } from './provider-canary-evidence.js';
import { HEADER, issueCodes } from './test-header.js';

const input = (attempted: number, succeeded: number, p95: number) => ({
  ...HEADER,
  environment: 'staging' as const,
  provider: { label: 'image-provider', modelLabel: 'model-a' },
  window: { startedAt: '2026-11-25T11:00:00Z', endedAt: '2026-11-25T11:05:00Z' },
  runs: { attempted, succeeded, failed: attempted - succeeded, timedOut: 0 },
  latencyMs: { p50: 100, p95, max: p95 + 1 },
  thresholds: { minRuns: 10, minSuccessRate: 0.95, maxP95LatencyMs: 2000 },
});

describe('providerCanaryEvidence', () => {
  test.each([
    [20, 19, 1500, 'pass'],
    [20, 18, 1500, 'fail'],
    [20, 20, 2001, 'fail'],
    [9, 9, 100, 'inconclusive'],
  ] as const)('%i runs, %i succeeded, p95 %i ms: %s', (attempted, succeeded, p95, verdict) => {
    const doc = providerCanaryEvidence(input(attempted, succeeded, p95));
    expect(doc.verdict).toBe(verdict);
    expect(issueCodes(doc)).toEqual([]);
  });
});

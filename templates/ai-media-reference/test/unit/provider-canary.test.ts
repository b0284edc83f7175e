import { describe, expect, it } from 'vitest';
import { buildCanaryEvidence, type CanaryRun } from '../../adapters/provider-canary.js';
import { loadReleaseConfig } from '../../adapters/shared/config.js';
import { percentile } from '../../adapters/shared/percentile.js';
import { SUBJECT } from './subject-fixture.js';

const window = { startedAt: '2026-11-25T10:00:00Z', endedAt: '2026-11-25T10:01:00Z' };

describe('provider canary', () => {
  it('uses nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect([percentile(values, 50), percentile(values, 95), percentile(values, 100)]).toEqual([10, 19, 20]);
    expect(percentile([], 50)).toBe(0);
  });
  it('counts outcomes and reports latency of succeeded runs', () => {
    const runs: CanaryRun[] = [
      ...Array.from({ length: 18 }, (_, index): CanaryRun => ({ outcome: 'succeeded', latencyMs: 10 + index })),
      { outcome: 'failed', latencyMs: 5 },
      { outcome: 'timedOut', latencyMs: 5000 },
    ];
    const document = buildCanaryEvidence(loadReleaseConfig(), SUBJECT, window, runs, {
      transport: 'https',
      provider: 'deployed',
    });
    expect(document.extensions).toEqual({ 'x-transport': 'https', 'x-provider': 'deployed' });
    expect(document.runs).toEqual({ attempted: 20, succeeded: 18, failed: 1, timedOut: 1 });
    expect(document.latencyMs).toEqual({ p50: 18, p95: 27, max: 27 });
    expect(document.verdict).toBe('fail');
    expect(document.generatedAt).toBe(window.endedAt);
  });
});

import { describe, expect, it } from 'vitest';
import { codesOf, runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

describe('gate provider-canary', () => {
  it('passes verdict pass with no floors set, aged from window.endedAt', () => {
    expect(runGate('provider-canary')).toEqual({ failures: [], ageFrom: ['2026-11-20T10:20:00Z'] });
  });

  it('fails an inconclusive canary', () => {
    const run = runGate('provider-canary', (doc) => {
      doc.runs = { attempted: 5, succeeded: 5, failed: 0, timedOut: 0 };
      doc.verdict = 'inconclusive';
    });
    expect(run.failures).toEqual([problem('verdict-inconclusive', { id: 'provider-canary' }, '/verdict')]);
  });

  it("fails a threshold weaker than the policy's floor: a lower minimum or a higher maximum; equal passes", () => {
    const floors = { minRuns: 10, minSuccessRate: 0.99, maxP95LatencyMs: 5000 };
    const run = runGate('provider-canary', () => {}, { policy: { floors: { 'provider-canary': floors } } });
    const args = (threshold: string, value: number, floor: number, direction: string) => ({
      id: 'provider-canary',
      ...{ threshold, value, floor, direction },
    });
    expect(run.failures).toEqual([
      problem('threshold-below-floor', args('minSuccessRate', 0.95, 0.99, 'min'), '/thresholds/minSuccessRate'),
      problem('threshold-below-floor', args('maxP95LatencyMs', 8000, 5000, 'max'), '/thresholds/maxP95LatencyMs'),
    ]);
  });

  it('shows a failing verdict and a floor together, the verdict first', () => {
    const run = runGate(
      'provider-canary',
      (doc) => {
        doc.runs = { attempted: 20, succeeded: 10, failed: 10, timedOut: 0 };
        doc.verdict = 'fail';
      },
      { policy: { floors: { 'provider-canary': { minRuns: 11 } } } },
    );
    expect(codesOf(run)).toEqual(['verdict-fail', 'threshold-below-floor']);
  });
});

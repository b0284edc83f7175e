import { describe, expect, it } from 'vitest';
import { codesOf, runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

describe('gate image-safety', () => {
  it('passes verdict pass with no floors set, aged from generatedAt', () => {
    expect(runGate('image-safety')).toEqual({ failures: [], ageFrom: ['2026-11-20T10:40:00Z'] });
  });

  it('fails a failing verdict', () => {
    const run = runGate('image-safety', (doc) => {
      doc.samples.safeAllowed = 10;
      doc.verdict = 'fail';
    });
    expect(run.failures).toEqual([problem('verdict-fail', { id: 'image-safety-canary' }, '/verdict')]);
  });

  it("reads only its own floors, not the provider canary's", () => {
    const floors = { 'image-safety': { minSamples: 41 }, 'provider-canary': { minRuns: 1000 } };
    const run = runGate('image-safety', () => {}, { policy: { floors } });
    const args = { id: 'image-safety-canary', threshold: 'minSamples', value: 40, floor: 41, direction: 'min' };
    expect(run.failures).toEqual([problem('threshold-below-floor', args, '/thresholds/minSamples')]);
    expect(
      codesOf(runGate('image-safety', () => {}, { policy: { floors: { 'image-safety': { minSamples: 40 } } } })),
    ).toEqual([]);
  });
});

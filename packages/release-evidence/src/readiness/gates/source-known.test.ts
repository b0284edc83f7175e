import { describe, expect, it } from 'vitest';
import { runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

describe('gate source-known', () => {
  it('passes a source status with conclusion success and a passed check, aged from generatedAt', () => {
    expect(runGate('source-known')).toEqual({ failures: [], ageFrom: ['2026-11-20T08:00:00Z'] });
  });

  it('fails a failed conclusion, pointing at it', () => {
    const run = runGate('source-known', (doc) => {
      doc.checks[0].status = 'failed';
      doc.summary = { passed: 2, failed: 1, skipped: 0 };
      doc.conclusion = 'failure';
    });
    expect(run.failures).toEqual([problem('conclusion-failure', { id: 'source-ci' }, '/conclusion')]);
  });

  it('fails a status whose checks were all skipped: success, but it proves nothing', () => {
    const run = runGate('source-known', (doc) => {
      for (const check of doc.checks) check.status = 'skipped';
      doc.summary = { passed: 0, failed: 0, skipped: doc.checks.length };
    });
    expect(run.failures).toEqual([problem('no-passed-check', { id: 'source-ci' }, '/checks')]);
  });
});

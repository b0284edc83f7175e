import { describe, expect, it } from 'vitest';
import { codesOf, runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

describe('gate production-cutover', () => {
  it("passes a production status for the candidate's production origin, aged from generatedAt", () => {
    expect(runGate('production-cutover')).toEqual({ failures: [], ageFrom: ['2026-11-20T11:45:00Z'] });
  });

  it("fails another origin than the candidate's production one", () => {
    const run = runGate('production-cutover', (doc) => {
      doc.origin.url = 'https://www.example.com';
    });
    expect(run.failures).toEqual([
      problem('origin-mismatch', { id: 'production-cutover', environment: 'production' }, '/origin'),
    ]);
  });

  it('fails a status whose checks were all skipped', () => {
    const run = runGate('production-cutover', (doc) => {
      for (const check of doc.checks) check.status = 'skipped';
      doc.summary = { passed: 0, failed: 0, skipped: doc.checks.length };
    });
    expect(codesOf(run)).toEqual(['no-passed-check']);
  });
});

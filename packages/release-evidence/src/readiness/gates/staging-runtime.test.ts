import { describe, expect, it } from 'vitest';
import { codesOf, runGate } from '../../../test/readiness/gate-support.js';
import { problem } from '../../problem/index.js';

describe('gate staging-runtime', () => {
  it("passes a staging status for the candidate's staging origin, aged from generatedAt", () => {
    expect(runGate('staging-runtime')).toEqual({ failures: [], ageFrom: ['2026-11-20T10:00:00Z'] });
  });

  it("fails another origin than the candidate's staging one", () => {
    const run = runGate('staging-runtime', (doc) => {
      doc.origin.url = 'https://staging-other.example.com';
    });
    expect(run.failures).toEqual([
      problem('origin-mismatch', { id: 'staging-smoke', environment: 'staging' }, '/origin'),
    ]);
  });

  it('compares origins normalised, so a trailing slash or letter case is the same origin', () => {
    expect(codesOf(runGate('staging-runtime', (doc) => (doc.origin.url = 'https://STAGING.example.com/')))).toEqual([]);
  });

  it('reports every failing condition, in the order of the §6 table', () => {
    const run = runGate('staging-runtime', (doc) => {
      for (const check of doc.checks) check.status = 'failed';
      doc.summary = { passed: 0, failed: doc.checks.length, skipped: 0 };
      doc.conclusion = 'failure';
      doc.origin.url = 'https://staging-other.example.com';
    });
    expect(codesOf(run)).toEqual(['conclusion-failure', 'no-passed-check', 'origin-mismatch']);
  });
});

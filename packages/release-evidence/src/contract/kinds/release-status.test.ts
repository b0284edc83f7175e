import { describe, expect, test } from 'vitest';
import { issuesOf, NOW, samples, withField } from '../../../test/contract/helpers.js';
import { shiftMinutes } from '../../../test/samples/index.js';

const s = samples();
const later = (minutes: number) => shiftMinutes(NOW, minutes);

describe('release-status', () => {
  test('origin is required for staging and production, and unexpected for source', () => {
    expect(issuesOf(withField(s.staging, ['origin'], undefined))).toEqual(['origin-required /origin']);
    expect(issuesOf(withField(s.production, ['origin'], undefined))).toEqual(['origin-required /origin']);
    expect(issuesOf(withField(s.source, ['origin'], s.staging.origin))).toEqual(['origin-unexpected /origin']);
    expect(issuesOf(withField(s.source, ['deployment'], s.staging.deployment))).toEqual([
      'origin-unexpected /deployment',
    ]);
  });
  test('the origin environment equals the stage', () => {
    expect(issuesOf(withField(s.staging, ['origin', 'environment'], 'production'))).toEqual([
      'origin-environment /origin/environment',
    ]);
  });
  test('check names are unique', () => {
    expect(issuesOf(withField(s.source, ['checks', 2, 'name'], 'build'))).toEqual(['duplicate-entry /checks/2']);
  });
  test('repeats are found in long lists too, each one at its own entry', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'b', 'j', 'a', 'b'];
    const checks = names.map((name) => ({ name, status: 'skipped' }));
    const doc = { ...s.source, checks, summary: { passed: 0, failed: 0, skipped: names.length } };
    expect(issuesOf(doc)).toEqual([
      'duplicate-entry /checks/11',
      'duplicate-entry /checks/12',
      'duplicate-entry /checks/9',
    ]);
  });
  test('summary equals the counts, field by field', () => {
    expect(issuesOf(withField(s.source, ['summary', 'passed'], 3))).toEqual(['summary-mismatch /summary/passed']);
    // The conclusion follows the checks, not the summary, so only the summary is wrong here.
    expect(issuesOf(withField(s.source, ['summary'], { passed: 2, failed: 1, skipped: 0 }))).toEqual([
      'summary-mismatch /summary/failed',
      'summary-mismatch /summary/skipped',
    ]);
  });
  test('conclusion is failure exactly when a check failed', () => {
    expect(issuesOf(withField(s.source, ['conclusion'], 'failure'))).toEqual(['conclusion-mismatch /conclusion']);
    const failed = withField(withField(s.source, ['checks', 0, 'status'], 'failed'), ['summary'], {
      passed: 1,
      failed: 1,
      skipped: 1,
    });
    expect(issuesOf(failed)).toEqual(['conclusion-mismatch /conclusion']);
    expect(issuesOf(withField(failed, ['conclusion'], 'failure'))).toEqual([]);
  });
  test('deployedAt is not after generatedAt plus the clock skew', () => {
    // generatedAt is NOW-10m; the default skew is 5 minutes.
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-6)))).toEqual([]);
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-4)))).toEqual([
      'time-order /deployment/deployedAt',
    ]);
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-4)), { clockSkewMs: 600_000 })).toEqual(
      [],
    );
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], later(-9)), { clockSkewMs: 0 })).toEqual([
      'time-order /deployment/deployedAt',
    ]);
  });
  test('time order compares instants, not strings', () => {
    // 12:55+01:00 is 11:55Z: five minutes before generatedAt (11:50Z) plus skew, so in order.
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], '2026-11-25T12:55:00+01:00'))).toEqual([]);
    expect(issuesOf(withField(s.staging, ['deployment', 'deployedAt'], '2026-11-25T12:55:01+01:00'))).toEqual([
      'time-order /deployment/deployedAt',
    ]);
  });
});

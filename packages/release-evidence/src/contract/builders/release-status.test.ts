import { describe, expect, test } from 'vitest';
import { releaseStatus, summarizeChecks } from './release-status.js';
import { HEADER, issueCodes } from './test-header.js';

describe('releaseStatus', () => {
  test('computes the summary and conclusion and sorts checks by name in code-unit order', () => {
    const checks = [
      { name: 'unit', status: 'failed', detail: 'one test failed' },
      { name: 'Z-is-not-a-label-but-sorts-first', status: 'passed' },
      { name: 'typecheck', status: 'passed', durationMs: 12 },
      { name: 'lint', status: 'skipped' },
    ] as const;
    const doc = releaseStatus({ ...HEADER, stage: 'source', checks: checks.filter((c) => c.name !== checks[1].name) });
    expect(doc.checks.map((check) => check.name)).toEqual(['lint', 'typecheck', 'unit']);
    expect(doc.summary).toEqual({ passed: 1, failed: 1, skipped: 1 });
    expect(doc.conclusion).toBe('failure');
    expect(issueCodes(doc)).toEqual([]);
  });

  test('succeeds when nothing failed, and keeps origin and deployment for staging', () => {
    const doc = releaseStatus({
      ...HEADER,
      stage: 'staging',
      origin: { environment: 'staging', url: 'https://staging.example.com' },
      deployment: { versionLabel: 'v-1', deployedAt: '2026-11-25T11:00:00Z', trafficPercent: 100 },
      checks: [{ name: 'healthz', status: 'passed' }],
      extensions: { 'x-transport': 'https' },
    });
    expect(doc.conclusion).toBe('success');
    expect(doc.extensions).toEqual({ 'x-transport': 'https' });
    expect(Object.keys(doc)).toEqual([
      'contract',
      'kind',
      'id',
      'generatedAt',
      'subject',
      'producer',
      'extensions',
      'stage',
      'origin',
      'deployment',
      'checks',
      'summary',
      'conclusion',
    ]);
    expect(issueCodes(doc)).toEqual([]);
  });

  test('does not mutate or alias its input', () => {
    const checks = [
      { name: 'b', status: 'passed' as const },
      { name: 'a', status: 'passed' as const },
    ];
    const doc = releaseStatus({ ...HEADER, stage: 'source', checks });
    const first = doc.checks[0];
    if (first) first.name = 'changed';
    expect(checks.map((check) => check.name)).toEqual(['b', 'a']);
  });

  test('summarizeChecks counts each status', () => {
    expect(summarizeChecks([])).toEqual({ summary: { passed: 0, failed: 0, skipped: 0 }, conclusion: 'success' });
    expect(summarizeChecks([{ status: 'skipped' }, { status: 'failed' }]).conclusion).toBe('failure');
  });
});

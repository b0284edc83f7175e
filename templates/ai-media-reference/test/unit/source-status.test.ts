import { describe, expect, it } from 'vitest';
import { buildSourceStatus, type VitestReport } from '../../adapters/source-status.js';
import { SUBJECT } from './subject-fixture.js';

const root = '/repo/template';
const report = (statuses: string[][]): VitestReport => ({
  testResults: statuses.map((assertions, index) => ({
    name: `${root}/test/unit/file-${index}.test.ts`,
    status: assertions.includes('failed') ? 'failed' : 'passed',
    startTime: 1000,
    endTime: 1250.4,
    assertionResults: assertions.map((status) => ({ status })),
  })),
});

describe('source-status adapter', () => {
  it('turns a passing report and typecheck into a successful source status', () => {
    const document = buildSourceStatus(SUBJECT, '2026-11-25T10:00:00Z', {
      typecheck: { passed: true, durationMs: 900 },
      vitest: report([
        ['passed', 'passed'],
        ['passed', 'skipped'],
      ]),
      root,
      vitestExitCode: 0,
    });
    expect(document).toMatchObject({ kind: 'release-status', stage: 'source', conclusion: 'success' });
    expect(document.summary).toEqual({ passed: 4, failed: 0, skipped: 0 });
    expect(document.checks).toEqual([
      { name: 'test-test-unit-file-0', status: 'passed', durationMs: 250 },
      { name: 'test-test-unit-file-1', status: 'passed', durationMs: 250 },
      { name: 'typecheck', status: 'passed', durationMs: 900 },
      { name: 'unit-tests-run', status: 'passed' },
    ]);
    expect(JSON.stringify(document)).not.toContain(root);
  });
  it('fails on a failing test, a failing typecheck or an empty report', () => {
    const failing = buildSourceStatus(SUBJECT, '2026-11-25T10:00:00Z', {
      typecheck: { passed: false, durationMs: 1 },
      vitest: report([['failed'], ['skipped']]),
      root,
      vitestExitCode: 0,
    });
    expect(failing.summary).toEqual({ passed: 1, failed: 2, skipped: 1 });
    expect(failing.conclusion).toBe('failure');
    const empty = buildSourceStatus(SUBJECT, '2026-11-25T10:00:00Z', {
      typecheck: { passed: true, durationMs: 1 },
      vitest: { testResults: [] },
      root,
      vitestExitCode: 0,
    });
    expect(empty.conclusion).toBe('failure');
  });
  it('fails a run whose every test passed but vitest exited non-zero (an unhandled error)', () => {
    const results = { typecheck: { passed: true, durationMs: 1 }, vitest: report([['passed']]), root };
    const crashed = buildSourceStatus(SUBJECT, '2026-11-25T10:00:00Z', { ...results, vitestExitCode: 1 });
    expect(crashed.conclusion).toBe('failure');
    expect(crashed.checks.find((check) => check.name === 'unit-tests-run')).toEqual({
      name: 'unit-tests-run',
      status: 'failed',
      detail: 'vitest exited with 1',
    });
    const reported = buildSourceStatus(SUBJECT, '2026-11-25T10:00:00Z', {
      ...results,
      vitest: { ...report([['passed']]), success: false },
      vitestExitCode: 0,
    });
    expect(reported.conclusion).toBe('failure');
    const killed = buildSourceStatus(SUBJECT, '2026-11-25T10:00:00Z', { ...results, vitestExitCode: null });
    expect(killed.checks.find((check) => check.name === 'unit-tests-run')?.detail).toBe('vitest exited with a signal');
  });
});

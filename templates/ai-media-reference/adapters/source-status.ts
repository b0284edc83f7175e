import { relative } from 'node:path';
import { type Check, sortChecks, summarize } from './shared/checks.js';
import { envelope } from './shared/envelope.js';
import { toLabel } from './shared/labels.js';
import type { Subject } from './shared/subject.js';

/** The parts of vitest's `--reporter=json` output this adapter reads. */
export interface VitestReport {
  readonly testResults: readonly {
    readonly name: string;
    readonly status: string;
    readonly startTime?: number;
    readonly endTime?: number;
    readonly assertionResults: readonly { readonly status: string }[];
  }[];
}

export interface SourceResults {
  readonly typecheck: { readonly passed: boolean; readonly durationMs: number };
  readonly vitest: VitestReport;
  /** Test file paths are written relative to this folder, so evidence never holds machine paths. */
  readonly root: string;
}

function fileCheck(file: VitestReport['testResults'][number], root: string): Check {
  const statuses = file.assertionResults.map((assertion) => assertion.status);
  const failed = file.status === 'failed' || statuses.includes('failed');
  const ran = statuses.includes('passed');
  const durationMs =
    file.startTime !== undefined && file.endTime !== undefined
      ? Math.max(0, Math.round(file.endTime - file.startTime))
      : undefined;
  return {
    name: toLabel(`test-${relative(root, file.name).replace(/\.test\.[cm]?[jt]s$/, '')}`),
    status: failed ? 'failed' : ran ? 'passed' : 'skipped',
    ...(durationMs !== undefined ? { durationMs } : {}),
  };
}

/** Turns the template's typecheck and test results into `release-status` with `stage: source`. */
export function buildSourceStatus(
  subject: Subject,
  generatedAt: string,
  results: SourceResults,
): Record<string, unknown> {
  const typecheck: Check = {
    name: 'typecheck',
    status: results.typecheck.passed ? 'passed' : 'failed',
    durationMs: results.typecheck.durationMs,
  };
  // A report without test files is a failure: "no tests" must never read as "tests passed".
  const tests: Check[] =
    results.vitest.testResults.length > 0
      ? results.vitest.testResults.map((file) => fileCheck(file, results.root))
      : [{ name: 'unit-tests', status: 'failed', detail: 'the test report lists no test files' }];
  const checks = sortChecks([typecheck, ...tests]);
  return {
    ...envelope({ kind: 'release-status', adapter: 'source-status', subject, generatedAt, name: 'source-status' }),
    stage: 'source',
    checks,
    ...summarize(checks),
  };
}

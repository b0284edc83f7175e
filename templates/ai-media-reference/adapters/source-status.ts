import { relative } from 'node:path';
import type { ReleaseStatus } from '@cloudflare-saas-core/release-evidence';
import { evidenceId, type ReleaseCheck, releaseStatus, toLabel } from '@cloudflare-saas-core/release-evidence/builders';
import { producerOf } from './shared/producer.js';
import type { Subject } from './shared/subject.js';

/** The parts of vitest's `--reporter=json` output (vitest `JsonTestResults`) this adapter reads. */
export interface VitestReport {
  readonly success?: boolean;
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
  /** vitest's exit code (null when it was killed): an unhandled error fails the run with every test passed. */
  readonly vitestExitCode: number | null;
  /** Test file paths are written relative to this folder, so evidence never holds machine paths. */
  readonly root: string;
}

function fileCheck(file: VitestReport['testResults'][number], root: string): ReleaseCheck {
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

/** The run as a whole: its exit code and the report's own `success` must both say it passed. */
function runCheck(results: SourceResults): ReleaseCheck {
  if (results.vitestExitCode !== 0) {
    return {
      name: 'unit-tests-run',
      status: 'failed',
      detail: `vitest exited with ${results.vitestExitCode ?? 'a signal'}`,
    };
  }
  if (results.vitest.success === false) {
    return { name: 'unit-tests-run', status: 'failed', detail: 'the test report says the run failed' };
  }
  return { name: 'unit-tests-run', status: 'passed' };
}

/** Turns the template's typecheck and test results into `release-status` with `stage: source`. */
export function buildSourceStatus(subject: Subject, generatedAt: string, results: SourceResults): ReleaseStatus {
  const typecheck: ReleaseCheck = {
    name: 'typecheck',
    status: results.typecheck.passed ? 'passed' : 'failed',
    durationMs: results.typecheck.durationMs,
  };
  // A report without test files is a failure: "no tests" must never read as "tests passed".
  const tests: ReleaseCheck[] =
    results.vitest.testResults.length > 0
      ? results.vitest.testResults.map((file) => fileCheck(file, results.root))
      : [{ name: 'unit-tests', status: 'failed', detail: 'the test report lists no test files' }];
  return releaseStatus({
    id: evidenceId('source-status', subject),
    generatedAt,
    subject,
    producer: producerOf('source-status'),
    stage: 'source',
    checks: [typecheck, runCheck(results), ...tests],
  });
}

import { appendFile } from 'node:fs/promises';
import type { AnnotatedFinding } from '../format/index.js';
import type { Finding } from '../privacy/index.js';
import { writeStderr } from './io.js';

export interface GitHubReport {
  /** Appended to the step summary; already bounded by the formatter. Commands without a report leave it out. */
  readonly markdown?: string;
  /** `::error` workflow commands, already escaped and capped by `githubAnnotations`. */
  readonly annotations: readonly string[];
}

export interface GitHubReportOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Where the workflow commands go. The runner reads commands from both streams; stdout is the default, and a command
   * whose stdout carries a JSON document passes `stderr` so the document stays parseable.
   */
  readonly annotationStream?: 'stdout' | 'stderr';
}

/**
 * Spec §10 in GitHub Actions: appends the Markdown to `$GITHUB_STEP_SUMMARY` when that is set and not empty, and
 * prints the annotations when `GITHUB_ACTIONS=true`. A summary that cannot be written is a warning on stderr, not a
 * failure: the verdict's exit code must not depend on the runner's summary file.
 */
export async function reportToGitHub(report: GitHubReport, options: GitHubReportOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  const summaryPath = env.GITHUB_STEP_SUMMARY;
  if (report.markdown !== undefined && summaryPath !== undefined && summaryPath !== '') {
    try {
      await appendFile(summaryPath, report.markdown.endsWith('\n') ? report.markdown : `${report.markdown}\n`);
    } catch {
      writeStderr('warning: cannot append to the file named by GITHUB_STEP_SUMMARY; the step summary is incomplete');
    }
  }
  if (env.GITHUB_ACTIONS === 'true' && report.annotations.length > 0) {
    const stream = options.annotationStream === 'stderr' ? process.stderr : process.stdout;
    stream.write(`${report.annotations.join('\n')}\n`);
  }
}

/** Every privacy finding of the checks, with the file its document came from (`paths` is index for index). */
export function findingsByFile(
  checks: readonly { readonly findings: readonly Finding[] }[],
  paths: readonly string[],
): AnnotatedFinding[] {
  return checks.flatMap((check, index) => check.findings.map((finding) => ({ ...finding, path: paths[index] })));
}

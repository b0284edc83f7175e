import { compareText } from './sort.js';

/** A `release-status` check and the summary/conclusion rules of spec §4, shared by the source and staging adapters. */
export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface Check {
  readonly name: string;
  readonly status: CheckStatus;
  readonly durationMs?: number;
  readonly detail?: string;
}

export function summarize(checks: readonly Check[]): {
  summary: { passed: number; failed: number; skipped: number };
  conclusion: 'success' | 'failure';
} {
  const count = (status: CheckStatus) => checks.filter((check) => check.status === status).length;
  const summary = { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
  return { summary, conclusion: summary.failed > 0 ? 'failure' : 'success' };
}

/** Checks sorted by name, so the same results always give the same bytes. */
export const sortChecks = (checks: readonly Check[]): Check[] =>
  [...checks].sort((a, b) => compareText(a.name, b.name));

// What a release status must show to pass its gate (§6): `source-known`, `staging-runtime`, `production-cutover`.
import type { ReleaseStatus } from '../../contract/index.js';
import { type Problem, problem } from '../../problem/index.js';
import { originMatches } from '../envelope.js';
import type { GateContext } from './define.js';

/** Conclusion `success`, at least one `passed` check and, for a deployed stage, the candidate's origin there. */
export function statusFailures(
  doc: ReleaseStatus,
  context: GateContext,
  environment?: 'staging' | 'production',
): Problem[] {
  const problems: Problem[] = [];
  if (doc.conclusion !== 'success') problems.push(problem('conclusion-failure', { id: doc.id }, '/conclusion'));
  // All skipped is `success` by §4, but proves nothing.
  if (!doc.checks.some((check) => check.status === 'passed')) {
    problems.push(problem('no-passed-check', { id: doc.id }, '/checks'));
  }
  if (environment !== undefined && !originMatches(doc.origin, context.candidate, environment)) {
    problems.push(problem('origin-mismatch', { id: doc.id, environment }, '/origin'));
  }
  return problems;
}

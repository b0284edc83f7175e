import type { ReleaseStatus } from '../kinds/release-status.js';
import { type EvidenceHeader, envelopeOf, sortedBy } from './header.js';

export type ReleaseCheck = ReleaseStatus['checks'][number];

export interface ReleaseStatusInput extends EvidenceHeader {
  readonly stage: ReleaseStatus['stage'];
  readonly origin?: ReleaseStatus['origin'];
  readonly deployment?: ReleaseStatus['deployment'];
  readonly checks: readonly ReleaseCheck[];
}

/** Counts per status and the conclusion spec §4 requires: `failure` when any check failed. */
export function summarizeChecks(checks: readonly Pick<ReleaseCheck, 'status'>[]): {
  summary: ReleaseStatus['summary'];
  conclusion: ReleaseStatus['conclusion'];
} {
  const summary = { passed: 0, failed: 0, skipped: 0 };
  for (const check of checks) summary[check.status]++;
  return { summary, conclusion: summary.failed > 0 ? 'failure' : 'success' };
}

/** `release-status` with `summary` and `conclusion` computed and the checks sorted by name. */
export function releaseStatus(input: ReleaseStatusInput): ReleaseStatus {
  const checks = sortedBy(input.checks, (check) => [check.name]).map((check) => ({ ...check }));
  return {
    ...envelopeOf('release-status', input),
    stage: input.stage,
    ...(input.origin ? { origin: { ...input.origin } } : {}),
    ...(input.deployment ? { deployment: { ...input.deployment } } : {}),
    checks,
    ...summarizeChecks(checks),
  };
}

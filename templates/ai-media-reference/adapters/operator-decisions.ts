import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OperatorApproval } from '@cloudflare-saas-core/release-evidence/builders';
import { templatePath } from './shared/paths.js';

/** A human operator's decision as recorded by `pnpm ops:approve`. Roles only: no names, handles or e-mail addresses. */
export interface OperatorDecision {
  readonly scope: OperatorApproval['scope'];
  readonly reference: string;
  readonly reviewerRole: string;
  /** A recorded decision is made: `pending` is what the contract says when there is none. */
  readonly decision: Exclude<OperatorApproval['decision'], 'pending'>;
  readonly decidedAt: string;
  readonly expiresAt: string;
  readonly trafficPercent?: number;
  /** The commit the decision is about; a decision never carries over to another commit. */
  readonly commitSha: string;
}

export const DEFAULT_DECISIONS_FILE = templatePath('.ops', 'operator-decisions.json');

export function readDecisions(path = DEFAULT_DECISIONS_FILE): OperatorDecision[] {
  if (!existsSync(path)) return [];
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { decisions?: OperatorDecision[] };
  return Array.isArray(parsed.decisions) ? parsed.decisions : [];
}

export function appendDecision(decision: OperatorDecision, path = DEFAULT_DECISIONS_FILE): void {
  const decisions = [...readDecisions(path), decision];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ decisions }, null, 2)}\n`);
}

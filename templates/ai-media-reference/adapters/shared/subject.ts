import { execFileSync } from 'node:child_process';
import { isCommitSha } from '@cloudflare-saas-core/release-evidence/builders';
import type { Subject } from '@cloudflare-saas-core/release-evidence/contract';
import type { ReleaseConfig } from './config.js';

export type { Subject };

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The release subject: the current commit and branch, with fixed demo values when git is unavailable. */
export function currentSubject(config: ReleaseConfig): Subject {
  const commitSha = git(['rev-parse', 'HEAD']);
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']);
  return {
    repository: config.repository,
    branch: branch && branch !== 'HEAD' ? branch : config.fallbackBranch,
    commitSha: commitSha && isCommitSha(commitSha) ? commitSha : config.fallbackCommitSha,
  };
}

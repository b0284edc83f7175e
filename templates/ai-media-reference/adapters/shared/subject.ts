import { execFileSync } from 'node:child_process';
import type { ReleaseConfig } from './config.js';

export interface Subject {
  readonly repository: string;
  readonly branch: string;
  readonly commitSha: string;
}

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
    commitSha: commitSha && /^[0-9a-f]{40}$/.test(commitSha) ? commitSha : config.fallbackCommitSha,
  };
}

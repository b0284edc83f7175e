import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_ROOT, templatePath } from '../../adapters/shared/paths.js';

/** `collect` as `pnpm collect` runs it (the built script), with the recorded run's subject and pinned time. */
export const recorded = templatePath('fixtures', 'recorded');
export const { now } = JSON.parse(readFileSync(join(recorded, 'now.json'), 'utf8')) as { now: string };
const candidate = JSON.parse(readFileSync(join(recorded, 'release-candidate.json'), 'utf8')) as {
  subject: { branch: string; commitSha: string };
};

export function collect(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, ['dist/collect.mjs', ...args], {
    cwd: TEMPLATE_ROOT,
    encoding: 'utf8',
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const pinned = [
  '--now',
  now,
  '--commit',
  candidate.subject.commitSha,
  '--branch',
  candidate.subject.branch,
  '--recorded-only',
  '--decisions-file',
  join(recorded, 'operator-decisions.json'),
];

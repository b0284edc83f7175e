import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReleaseConfig } from '../shared/config.js';
import { TEMPLATE_ROOT } from '../shared/paths.js';
import { InputProblem, parseJson } from './json-input.js';
import { FILES, type Phase } from './layout.js';
import { readDeploymentVersions } from './wrangler-outputs.js';

/** One tool call of live mode and the file its raw output is recorded in. */
export interface LiveCommand {
  readonly file: string;
  readonly command: 'wrangler' | 'gh';
  readonly args: readonly string[];
}

const PRODUCTION = ['--env', 'production'] as const;

/** The calls for one snapshot of the secret stores. Only wrangler and gh read credentials; this code never does. */
export function snapshotCommands(config: ReleaseConfig, phase: Phase): LiveCommand[] {
  const at = (file: string) => `${phase}/${file}`;
  const environments = [
    ...new Set(config.secrets.flatMap((secret) => (secret.environment ? [secret.environment] : []))),
  ];
  return [
    { file: at(FILES.workerSecrets), command: 'wrangler', args: ['secret', 'list', ...PRODUCTION, '--format', 'json'] },
    { file: at(FILES.workerVersions), command: 'wrangler', args: ['versions', 'list', ...PRODUCTION, '--json'] },
    {
      file: at(FILES.githubSecrets),
      command: 'gh',
      args: ['api', '--paginate', `repos/${config.repository}/actions/secrets?per_page=100`],
    },
    ...environments.map((environment) => ({
      file: at(FILES.githubEnvironmentSecrets(environment)),
      command: 'gh' as const,
      args: ['api', '--paginate', `repos/${config.repository}/environments/${environment}/secrets?per_page=100`],
    })),
  ];
}

export type Runner = (command: LiveCommand['command'], args: readonly string[]) => string;

/** Runs a tool with the template as its working folder (wrangler finds wrangler.json there); stdout only. */
export const runTool: Runner = (command, args) => {
  try {
    return execFileSync(command, args, {
      cwd: TEMPLATE_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    // The tool's own messages may name accounts; only the command is reported.
    throw new InputProblem(`${command} ${args.slice(0, 2).join(' ')}`, 'failed (run it by hand to see why)');
  }
};

function record(root: string, file: string, output: string): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, output);
}

/** Records one snapshot of the secret stores under `root/<phase>/`. */
export function recordSnapshot(config: ReleaseConfig, phase: Phase, root: string, run: Runner = runTool): void {
  for (const call of snapshotCommands(config, phase)) record(root, call.file, run(call.command, call.args));
}

/**
 * Records the deployed Worker and the resource lists at the top of `root`. The version viewed is the deployment's
 * largest share; `r2-buckets.json` is the array of `wrangler r2 bucket info NAME --json` outputs, one per bucket the
 * template expects (wrangler has no JSON bucket list).
 */
export function recordInventory(config: ReleaseConfig, root: string, run: Runner = runTool): void {
  const status = run('wrangler', ['deployments', 'status', ...PRODUCTION, '--json']);
  record(root, FILES.deploymentStatus, status);
  const versions = readDeploymentVersions(parseJson(status, FILES.deploymentStatus), FILES.deploymentStatus);
  const deployed = [...versions].sort((a, b) => b.percentage - a.percentage)[0];
  if (!deployed) throw new InputProblem(FILES.deploymentStatus, 'names no deployed version');
  record(root, FILES.versionView, run('wrangler', ['versions', 'view', deployed.versionId, ...PRODUCTION, '--json']));
  record(root, FILES.d1, run('wrangler', ['d1', 'list', '--json']));
  record(root, FILES.kv, run('wrangler', ['kv', 'namespace', 'list']));
  const buckets = config.resources
    .filter((resource) => resource.type === 'r2')
    .map((resource) => {
      const output = run('wrangler', ['r2', 'bucket', 'info', resource.name, '--json']);
      return parseJson(output, `wrangler r2 bucket info ${resource.label}`);
    });
  record(root, FILES.r2, `${JSON.stringify(buckets, null, 2)}\n`);
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type GithubListing, readGithubListing, readSecretsStore, type StoreSecret } from './github-outputs.js';
import { InputProblem, type Json, parseJson, parseJsonStream, readText } from './json-input.js';
import {
  type DeployedBinding,
  type ListedResource,
  readD1List,
  readDeploymentVersions,
  readKvList,
  readR2Buckets,
  readVersionView,
  readWorkerSecrets,
  readWorkerVersions,
  type WorkerSecret,
  type WorkerVersion,
} from './wrangler-outputs.js';

/** One file per tool call, named after the command (fixtures/README.md). */
export const FILES = {
  workerSecrets: 'wrangler-secret-list.json',
  workerVersions: 'wrangler-versions-list.json',
  githubSecrets: 'github-actions-secrets.json',
  githubEnvironmentSecrets: (environment: string) => `github-environment-secrets-${environment}.json`,
  secretsStore: 'secrets-store-secrets.json',
  deploymentStatus: 'wrangler-deployments-status.json',
  versionView: 'wrangler-versions-view.json',
  d1: 'wrangler-d1-list.json',
  kv: 'wrangler-kv-namespace-list.json',
  r2: 'r2-buckets.json',
} as const;

export const PHASES = ['before', 'after'] as const;
export type Phase = (typeof PHASES)[number];

/** The secret stores' metadata at one moment of a rotation. */
export interface SecretSnapshot {
  readonly workerSecrets: readonly WorkerSecret[];
  readonly workerVersions: readonly WorkerVersion[];
  readonly github: GithubListing;
  readonly githubEnvironments: ReadonlyMap<string, GithubListing>;
  /** Absent when the Secrets Store was not recorded. */
  readonly secretsStore?: readonly StoreSecret[];
}

export interface Inventory {
  /** The deployed Worker's traffic split and the bindings of the version viewed. */
  readonly deployment: { readonly versions: readonly { versionId: string; percentage: number }[] };
  readonly version: { readonly id: string; readonly bindings: readonly DeployedBinding[] };
  readonly d1: readonly ListedResource[];
  readonly kv: readonly ListedResource[];
  readonly r2: readonly ListedResource[];
}

export interface RecordedInputs {
  readonly before: SecretSnapshot;
  readonly after: SecretSnapshot;
  readonly inventory: Inventory;
}

/** Reads one recorded file; `label` is how problems name it (relative to the inputs folder). */
function reader(root: string) {
  const read = <T>(label: string, parse: (value: Json, file: string) => T): T =>
    parse(parseJson(readText(join(root, label), label), label), label);
  const optional = <T>(label: string, parse: (value: Json, file: string) => T): T | undefined =>
    existsSync(join(root, label)) ? read(label, parse) : undefined;
  const stream = (label: string): GithubListing =>
    readGithubListing(parseJsonStream(readText(join(root, label), label), label), label);
  return { read, optional, stream, exists: (label: string) => existsSync(join(root, label)) };
}

function readSnapshot(root: string, phase: Phase, environments: readonly string[]): SecretSnapshot {
  if (!existsSync(join(root, phase)))
    throw new InputProblem(`${phase}/`, 'is missing: a rotation needs both snapshots');
  const { read, optional, stream, exists } = reader(root);
  const at = (name: string) => `${phase}/${name}`;
  const githubEnvironments = new Map<string, GithubListing>();
  for (const environment of environments) {
    const label = at(FILES.githubEnvironmentSecrets(environment));
    if (exists(label)) githubEnvironments.set(environment, stream(label));
  }
  const secretsStore = optional(at(FILES.secretsStore), readSecretsStore);
  return {
    workerSecrets: read(at(FILES.workerSecrets), readWorkerSecrets),
    workerVersions: read(at(FILES.workerVersions), readWorkerVersions),
    github: stream(at(FILES.githubSecrets)),
    githubEnvironments,
    ...(secretsStore ? { secretsStore } : {}),
  };
}

/**
 * Reads a recorded inputs folder (`--inputs DIR`). `environments` are the GitHub environments whose secrets the
 * template manages. Every problem names the file it is about.
 */
export function readRecordedInputs(root: string, environments: readonly string[] = []): RecordedInputs {
  const { read } = reader(root);
  return {
    before: readSnapshot(root, 'before', environments),
    after: readSnapshot(root, 'after', environments),
    inventory: {
      deployment: { versions: read(FILES.deploymentStatus, readDeploymentVersions) },
      version: read(FILES.versionView, readVersionView),
      d1: read(FILES.d1, readD1List),
      kv: read(FILES.kv, readKvList),
      r2: read(FILES.r2, readR2Buckets),
    },
  };
}

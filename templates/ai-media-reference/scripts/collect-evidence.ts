import { join } from 'node:path';
import { buildImageSafetyEvidence } from '../adapters/image-safety.js';
import { readDecisions } from '../adapters/operator-decisions.js';
import { approvalCommands, buildOperatorEvidence } from '../adapters/operator-intake.js';
import { buildCanaryEvidence, runCanary } from '../adapters/provider-canary.js';
import { buildReleaseCandidate } from '../adapters/release-candidate.js';
import type { Inventory } from '../adapters/resource-inventory.js';
import { buildResourceEvidence } from '../adapters/resources.js';
import { buildRotationReceipt } from '../adapters/secret-rotation.js';
import {
  type GithubSecretList,
  readSnapshots,
  replayAt,
  type WranglerSecretList,
} from '../adapters/secret-snapshot.js';
import { loadReleaseConfig, loadWranglerConfig, type ReleaseConfig, readJsonFile } from '../adapters/shared/config.js';
import { withLocalWorker } from '../adapters/shared/local-worker.js';
import { templatePath } from '../adapters/shared/paths.js';
import type { Subject } from '../adapters/shared/subject.js';
import { buildSourceStatus } from '../adapters/source-status.js';
import { buildStagingStatus, runSmokeChecks } from '../adapters/staging-smoke.js';
import { resetFolder, writeJson } from './files.js';
import { collectSourceResults } from './source-results.js';

const REPLAYED = { 'x-inventory': 'replayed-fixture' } as const;
/** Replayed secret metadata shows the last rotation one hour before the run. */
const REPLAYED_ROTATION_AGE_MS = 60 * 60 * 1000;

export interface CollectOptions {
  readonly outDir: string;
  readonly subject: Subject;
  readonly decisionsFile?: string;
  /** Overrides release.config.json's number of canary calls (a longer canary run). */
  readonly canaryRuns?: number;
  readonly log: (line: string) => void;
}

export interface Collected {
  readonly candidatePath: string;
  readonly evidenceDir: string;
  /** Commands an operator still has to run; empty when fresh decisions are recorded. */
  readonly pendingApprovals: readonly string[];
}

const iso = () => new Date().toISOString();
const fixture = <T>(...parts: string[]): T => readJsonFile<T>(templatePath('fixtures', ...parts));

function secretReceipt(config: ReleaseConfig, subject: Subject, log: CollectOptions['log']) {
  const snapshot = (phase: string) =>
    readSnapshots({
      wrangler: fixture<WranglerSecretList>('secrets', phase, 'wrangler-secret-list.json'),
      github: fixture<GithubSecretList>('secrets', phase, 'github-actions-secrets.json'),
    });
  const [before = [], after = []] = replayAt(
    [snapshot('before'), snapshot('after')],
    new Date(),
    REPLAYED_ROTATION_AGE_MS,
  );
  const result = buildRotationReceipt(config, subject, iso(), { before, after, checkedAt: iso(), replayed: true });
  for (const problem of result.problems) log(`  secret ${problem.name} (${problem.store}): ${problem.problem}`);
  return result.receipt;
}

function inventory(): Inventory {
  return {
    d1: fixture('inventory', 'd1-list.json'),
    r2: fixture('inventory', 'r2-bucket-list.json'),
    kv: fixture('inventory', 'kv-namespace-list.json'),
    workerSettings: fixture('inventory', 'worker-settings.json'),
  };
}

/** Runs every adapter of the template and writes the candidate and the evidence documents under `outDir`. */
export async function collectEvidence(options: CollectOptions): Promise<Collected> {
  const { subject, log } = options;
  const config = loadReleaseConfig();
  const evidenceDir = join(options.outDir, 'evidence');
  resetFolder(options.outDir);
  const write = (name: string, document: Record<string, unknown> | undefined) => {
    if (document) writeJson(join(evidenceDir, `${name}.json`), document);
  };

  log('source-status: typecheck and unit tests');
  write('source-status', buildSourceStatus(subject, iso(), await collectSourceResults()));

  log('staging-smoke: Worker in Miniflare on 127.0.0.1, fake provider on 127.0.0.1');
  const smoke = await withLocalWorker((worker) => runSmokeChecks(worker));
  write('staging-smoke', buildStagingStatus(config, subject, iso(), smoke));

  const canaryRuns = options.canaryRuns ?? config.canary.runs;
  log(`provider-canary: ${canaryRuns} calls to /api/generate`);
  const startedAt = iso();
  const runs = await withLocalWorker((worker) => runCanary(worker, canaryRuns, config.canary.timeoutMs));
  write('provider-canary', buildCanaryEvidence(config, subject, { startedAt, endedAt: iso() }, runs));

  log('secret-rotation: wrangler and GitHub secret metadata (replayed fixtures)');
  write('secret-rotation', secretReceipt(config, subject, log));

  log('resource-inventory: wrangler config against recorded inventory (replayed fixtures)');
  write(
    'production-resources',
    buildResourceEvidence(config, loadWranglerConfig(), inventory(), subject, iso(), REPLAYED),
  );

  log('image-safety-review: generated labelled samples through the safety check');
  write('image-safety', buildImageSafetyEvidence(config, subject, iso()));

  log('ops-approve intake: recorded operator decisions');
  const decisions = readDecisions(options.decisionsFile);
  const now = new Date();
  write('operator-approval', buildOperatorEvidence(decisions, subject, now));

  const candidatePath = join(options.outDir, 'release-candidate.json');
  writeJson(candidatePath, buildReleaseCandidate(config, subject, iso()));
  return { candidatePath, evidenceDir, pendingApprovals: approvalCommands(decisions, subject, now) };
}

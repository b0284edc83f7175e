import { join } from 'node:path';
import { buildImageSafetyEvidence } from '../adapters/image-safety.js';
import { readDecisions } from '../adapters/operator-decisions.js';
import { approvalCommands, buildOperatorEvidence } from '../adapters/operator-intake.js';
import { buildCanaryEvidence, runCanary } from '../adapters/provider-canary.js';
import { readRecordedInputs } from '../adapters/recorded/layout.js';
import { replayAt } from '../adapters/recorded/replay.js';
import { buildReleaseCandidate } from '../adapters/release-candidate.js';
import { buildResourceEvidence } from '../adapters/resources.js';
import { buildRotationReceipt } from '../adapters/secret-rotation.js';
import { loadReleaseConfig, loadWranglerConfig, type ReleaseConfig } from '../adapters/shared/config.js';
import { templatePath } from '../adapters/shared/paths.js';
import type { Subject } from '../adapters/shared/subject.js';
import { type Target, withTarget } from '../adapters/shared/target.js';
import { buildSourceStatus } from '../adapters/source-status.js';
import { buildStagingStatus, runSmokeChecks } from '../adapters/staging-smoke.js';
import { removeOutputs, writeJson } from './files.js';
import { collectSourceResults } from './source-results.js';

/** How the recorded inputs came to be, as `x-inventory` says on the documents built from them. */
export type InventorySource = 'recorded' | 'replayed-fixture' | 'live';

export interface CollectOptions {
  readonly outDir: string;
  readonly subject: Subject;
  /** A folder in the recorded input layout (fixtures/README.md). */
  readonly inputsDir: string;
  readonly inventorySource: InventorySource;
  /** A pinned time for every document; without it each document takes the clock when it is built. */
  readonly now?: Date;
  /** Moves the recorded rotation times so the newest lands here (`--replay-at`). */
  readonly replayAt?: Date;
  /** A deployed staging Worker; without it the smoke and canary run against Miniflare on 127.0.0.1. */
  readonly staging?: Target;
  /** Builds only what the recorded inputs and recorded decisions determine (no typecheck, tests, smoke or canary). */
  readonly recordedOnly?: boolean;
  readonly decisionsFile?: string;
  /** Overrides release.config.json's number of canary calls (a longer canary run). */
  readonly canaryRuns?: number;
  readonly config?: ReleaseConfig;
  readonly log: (line: string) => void;
}

export interface Collected {
  readonly candidatePath: string;
  readonly evidenceDir: string;
  /** Commands an operator still has to run; empty when fresh decisions are recorded. */
  readonly pendingApprovals: readonly string[];
  /** Managed secrets that could not be listed in the receipt, one line each. */
  readonly secretProblems: readonly string[];
}

/** Replayed secret metadata shows the last rotation one hour before the run. */
const REPLAYED_ROTATION_AGE_MS = 60 * 60 * 1000;

/**
 * What the offline demo and e2e read: the committed recording, moved so its newest rotation is an hour old (and
 * marked `x-inventory: replayed-fixture`), because committed times age past the gates' limits.
 */
export const REPLAYED_INPUTS = () =>
  ({
    inputsDir: templatePath('fixtures', 'recorded-inputs'),
    inventorySource: 'replayed-fixture',
    replayAt: new Date(Date.now() - REPLAYED_ROTATION_AGE_MS),
  }) as const;

/** Runs every adapter of the template and writes the candidate and the evidence documents under `outDir`. */
export async function collectEvidence(options: CollectOptions): Promise<Collected> {
  const { subject, log } = options;
  const config = options.config ?? loadReleaseConfig();
  const iso = () => (options.now ?? new Date()).toISOString();
  const evidenceDir = join(options.outDir, 'evidence');
  const environments = config.secrets.flatMap((secret) => (secret.environment ? [secret.environment] : []));
  const recorded = readRecordedInputs(options.inputsDir, environments);
  const inputs = options.replayAt ? replayAt(recorded, options.replayAt) : recorded;
  const inventory = { 'x-inventory': options.inventorySource } as const;
  removeOutputs(options.outDir);
  const write = (name: string, document: object | undefined) => {
    if (document) writeJson(join(evidenceDir, `${name}.json`), document);
  };

  if (!options.recordedOnly) {
    log('source-status: typecheck and unit tests');
    write('source-status', buildSourceStatus(subject, iso(), await collectSourceResults()));
    const where = options.staging ? 'the staging origin over HTTPS' : 'Miniflare on 127.0.0.1 with a fake provider';
    log(`staging-smoke: ${where}`);
    const smoke = await withTarget(options.staging, async (target) => ({
      target,
      checks: await runSmokeChecks(target),
    }));
    write('staging-smoke', buildStagingStatus(config, subject, iso(), smoke.checks, smoke.target));
    const canaryRuns = options.canaryRuns ?? config.canary.runs;
    log(`provider-canary: ${canaryRuns} calls to /api/generate`);
    const startedAt = iso();
    const canary = await withTarget(options.staging, async (target) => ({
      target,
      runs: await runCanary(target, canaryRuns, config.canary.timeoutMs),
    }));
    write(
      'provider-canary',
      buildCanaryEvidence(config, subject, { startedAt, endedAt: iso() }, canary.runs, canary.target),
    );
  }

  log(`secret-rotation: recorded secret metadata (${options.inventorySource})`);
  const checkedAt = iso();
  const rotation = buildRotationReceipt(config, subject, inputs, {
    generatedAt: checkedAt,
    checkedAt,
    extensions: inventory,
  });
  const secretProblems = rotation.problems.map(
    (problem) =>
      `secret ${problem.name} (${problem.store}): ${problem.problem}${problem.reason ? `, ${problem.reason}` : ''}`,
  );
  for (const line of secretProblems) log(`  ${line}`);
  write('secret-rotation', rotation.receipt);

  log(`resource-inventory: wrangler config against the recorded inventory (${options.inventorySource})`);
  write(
    'production-resources',
    buildResourceEvidence(config, loadWranglerConfig(), inputs.inventory, subject, iso(), inventory),
  );

  log('image-safety-review: generated labelled samples through the safety check');
  write('image-safety', buildImageSafetyEvidence(config, subject, iso()));

  log('ops-approve intake: recorded operator decisions');
  const decisions = readDecisions(options.decisionsFile);
  const now = options.now ?? new Date();
  write('operator-approval', buildOperatorEvidence(decisions, subject, now));

  const candidatePath = join(options.outDir, 'release-candidate.json');
  writeJson(candidatePath, buildReleaseCandidate(config, subject, iso()));
  return { candidatePath, evidenceDir, pendingApprovals: approvalCommands(decisions, subject, now), secretProblems };
}

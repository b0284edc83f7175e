import { cpSync, existsSync, mkdirSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isBranch, isCommitSha } from '@cloudflare-saas-core/release-evidence/builders';
import { parseTimestamp } from '@cloudflare-saas-core/release-evidence/contract';
import { InputProblem } from '../adapters/recorded/json-input.js';
import { recordInventory, recordSnapshot } from '../adapters/recorded/live.js';
import { loadReleaseConfig } from '../adapters/shared/config.js';
import { installSignalHandlers } from '../adapters/shared/lifecycle.js';
import { templatePath } from '../adapters/shared/paths.js';
import { currentSubject, type Subject } from '../adapters/shared/subject.js';
import { stagingTarget } from '../adapters/shared/target.js';
import { parseOptions, UsageProblem } from './args.js';
import { collectEvidence, type InventorySource } from './collect-evidence.js';

const USAGE = `usage: pnpm collect --inputs DIR --out DIR [--now TS] [--replay-at TS] [--staging-url https://HOST]
       pnpm collect --live --snapshot before [--record-root DIR]
       pnpm collect --live --before DIR --out DIR [--now TS] [--staging-url https://HOST] [--record-root DIR]
  common: [--recorded-only] [--commit SHA --branch NAME] [--decisions-file FILE]

Builds every evidence document from recorded tool output (--inputs, layout in fixtures/README.md), or from the real
wrangler and gh commands (--live), whose raw output is recorded under .ops/recorded/<timestamp>/ first.`;

const OPTIONS = {
  inputs: { type: 'string' },
  out: { type: 'string' },
  now: { type: 'string' },
  'replay-at': { type: 'string' },
  live: { type: 'boolean' },
  snapshot: { type: 'enum', options: ['before'] },
  before: { type: 'string' },
  'record-root': { type: 'string' },
  'staging-url': { type: 'string' },
  'recorded-only': { type: 'boolean' },
  commit: { type: 'string' },
  branch: { type: 'string' },
  'decisions-file': { type: 'string' },
} as const;

function instant(value: string | undefined, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  const at = parseTimestamp(value);
  if (Number.isNaN(at)) throw new UsageProblem(`${flag} must be an RFC 3339 timestamp such as 2026-11-25T12:00:00Z`);
  return new Date(at);
}

function subjectOf(commit: string | undefined, branch: string | undefined): Subject {
  const found = currentSubject(loadReleaseConfig());
  if (commit !== undefined && !isCommitSha(commit))
    throw new UsageProblem('--commit must be 40 or 64 lowercase hex digits');
  if (branch !== undefined && !isBranch(branch)) throw new UsageProblem('--branch is not a git branch name');
  return { ...found, ...(commit ? { commitSha: commit } : {}), ...(branch ? { branch } : {}) };
}

/** `--out` may never be the inputs folder, inside it, or hold it: evidence never overwrites what it was built from. */
function checkOut(out: string, inputs: string): void {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  const [a, b] = [real(out), real(inputs)];
  const inside = (child: string, parent: string) => !relative(parent, child).startsWith('..');
  if (inside(a, b) || inside(b, a)) throw new UsageProblem('--out must be outside the recorded inputs folder');
}

const stamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

/** Paths are relative to where `pnpm` was started (INIT_CWD), not to the template folder pnpm runs scripts in. */
const fromCaller = (path: string | undefined) =>
  path === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), path);

async function main(argv: readonly string[]): Promise<number> {
  const raw = parseOptions(argv, OPTIONS);
  const values = {
    ...raw,
    inputs: fromCaller(raw.inputs),
    out: fromCaller(raw.out),
    before: fromCaller(raw.before),
    'record-root': fromCaller(raw['record-root']),
    'decisions-file': fromCaller(raw['decisions-file']),
  };
  const config = loadReleaseConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const recordRoot = values['record-root'] ?? templatePath('.ops', 'recorded');
  const now = instant(values.now, '--now');
  const replay = instant(values['replay-at'], '--replay-at');
  if (values.live && values.snapshot !== undefined) {
    const folder = join(recordRoot, stamp(now ?? new Date()));
    recordSnapshot(config, 'before', folder);
    process.stdout.write(`${folder}\n`);
    return 0;
  }
  if (!values.out) throw new UsageProblem('--out DIR is required');
  let inputsDir: string;
  let source: InventorySource;
  if (values.live) {
    if (!values.before) throw new UsageProblem('--live needs --before DIR (record one with --live --snapshot before)');
    if (values.inputs || replay) throw new UsageProblem('--live records its own inputs; drop --inputs and --replay-at');
    inputsDir = join(recordRoot, stamp(now ?? new Date()));
    const before = join(values.before, 'before');
    if (!existsSync(before)) throw new InputProblem(`${values.before}/before/`, 'is missing');
    mkdirSync(inputsDir, { recursive: true });
    cpSync(before, join(inputsDir, 'before'), { recursive: true });
    recordSnapshot(config, 'after', inputsDir);
    recordInventory(config, inputsDir);
    log(`recorded: ${inputsDir}`);
    source = 'live';
  } else {
    if (!values.inputs) throw new UsageProblem('--inputs DIR (or --live) is required');
    inputsDir = values.inputs;
    source = replay ? 'replayed-fixture' : 'recorded';
  }
  checkOut(values.out, inputsDir);
  const stagingUrl = values['staging-url'];
  const staging = stagingUrl === undefined ? undefined : stagingTarget(stagingUrl);
  if (stagingUrl !== undefined && !staging) throw new UsageProblem('--staging-url must be an https:// origin');
  const collected = await collectEvidence({
    outDir: values.out,
    subject: subjectOf(values.commit, values.branch),
    inputsDir,
    inventorySource: source,
    log,
    ...(now ? { now } : {}),
    ...(replay ? { replayAt: replay } : {}),
    ...(staging ? { staging } : {}),
    ...(values['recorded-only'] ? { recordedOnly: true } : {}),
    ...(values['decisions-file'] ? { decisionsFile: values['decisions-file'] } : {}),
  });
  log(`evidence: ${collected.evidenceDir}`);
  return 0;
}

installSignalHandlers();
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InputProblem) process.stderr.write(`collect: ${JSON.stringify(error.file)} ${error.reason}\n`);
    else if (error instanceof UsageProblem) process.stderr.write(`${USAGE}\n\nerror: ${error.message}\n`);
    else process.stderr.write(`collect failed: ${error instanceof Error ? error.name : 'unknown error'}\n`);
    process.exit(2);
  },
);

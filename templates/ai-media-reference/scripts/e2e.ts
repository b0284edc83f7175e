import { loadReleaseConfig } from '../adapters/shared/config.js';
import { installSignalHandlers } from '../adapters/shared/lifecycle.js';
import { templatePath } from '../adapters/shared/paths.js';
import { currentSubject } from '../adapters/shared/subject.js';
import { collectEvidence, REPLAYED_INPUTS } from './collect-evidence.js';
import { ensureCli, releaseEvidence } from './release-evidence-cli.js';

/**
 * The template's adapters end to end against the package, through its CLI: every document validates, no privacy
 * findings, every gate but operator-approval passes, and the verdict is awaiting-operator or ready.
 */
interface Outcome {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

function parseJsonOutput(stdout: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function checkValidate(paths: readonly string[]): Outcome {
  const result = releaseEvidence(['validate', ...paths, '--format', 'json']);
  const report = parseJsonOutput(result.stdout) as
    | { ok?: boolean; documents?: { ok: boolean; path: string }[] }
    | undefined;
  const documents = report?.documents ?? [];
  const bad = documents.filter((document) => !document.ok).map((document) => document.path);
  const ok = result.status === 0 && report?.ok === true && documents.length > 0 && bad.length === 0;
  return {
    name: 'every document validates',
    ok,
    detail: [`${documents.length} documents, ${bad.length} invalid`, ...bad].join(' '),
  };
}

function checkScan(paths: readonly string[]): Outcome {
  const result = releaseEvidence(['scan', ...paths, '--format', 'json']);
  const report = parseJsonOutput(result.stdout) as
    | { ok?: boolean; findings?: { path: string; rule: string }[] }
    | undefined;
  const findings = report?.findings ?? [];
  const where = findings.map((finding) => `${finding.path}:${finding.rule}`).join(' ');
  return {
    name: 'no privacy findings',
    ok: result.status === 0 && report?.ok === true,
    detail: `${findings.length} findings${where ? ` ${where}` : ''}`,
  };
}

function checkReadiness(candidate: string, evidence: string): Outcome[] {
  const result = releaseEvidence(['readiness', '--candidate', candidate, '--evidence', evidence, '--format', 'json']);
  const readiness = parseJsonOutput(result.stdout) as
    | { verdict?: string; gates?: { gate: string; status: string; required: boolean }[] }
    | undefined;
  const gates = readiness?.gates ?? [];
  const failing = gates.filter((gate) => gate.required && gate.gate !== 'operator-approval' && gate.status !== 'pass');
  const verdict = readiness?.verdict ?? 'none';
  return [
    {
      name: 'every gate but operator-approval passes',
      ok: gates.length > 0 && failing.length === 0,
      detail: `${gates.length} gates${failing.map((gate) => `; ${gate.gate} is ${gate.status}`).join('')}`,
    },
    {
      name: 'verdict is awaiting-operator or ready',
      ok: verdict === 'awaiting-operator' || verdict === 'ready',
      detail: verdict,
    },
  ];
}

async function main(): Promise<number> {
  installSignalHandlers();
  ensureCli();
  const outDir = templatePath('evidence-out', 'e2e');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const subject = currentSubject(loadReleaseConfig());
  const collected = await collectEvidence({ outDir, subject, log, ...REPLAYED_INPUTS() });
  const outcomes = [
    checkValidate([collected.candidatePath, collected.evidenceDir]),
    checkScan([collected.candidatePath, collected.evidenceDir]),
    ...checkReadiness(collected.candidatePath, collected.evidenceDir),
  ];
  for (const outcome of outcomes)
    process.stdout.write(`${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name}: ${outcome.detail}\n`);
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`e2e failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    process.exit(2);
  },
);

// Runs the committed action bundle the way the GitHub runner does: `node <main>` in the workspace, with INPUT_*
// variables (the action.yml defaults filled in), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_ACTIONS=true.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const repoRoot = new URL('../../../../', import.meta.url).pathname;
const metadata = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { main: string };
};
export const RECORDED = join(repoRoot, 'templates/ai-media-reference/fixtures/recorded');
export const RECORDED_NOW = (JSON.parse(readFileSync(join(RECORDED, 'now.json'), 'utf8')) as { now: string }).now;

/** A fresh workspace holding a copy of the template's recorded candidate and evidence under `recorded/`. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  cpSync(RECORDED, join(dir, 'recorded'), { recursive: true });
  return dir;
}

export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The outputs as the runner reads GITHUB_OUTPUT. */
  readonly outputs: Record<string, string>;
  readonly outputsText: string;
  readonly summary: string;
  /** Workflow commands on either stream: the runner reads both. */
  readonly commands: string[];
}

/** `inputs` by their action.yml names; the runner passes every declared input, with its default when not given. */
export function runAction(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const outputFile = join(dir, `github-output-${Math.random().toString(36).slice(2)}`);
  const summaryFile = `${outputFile}-summary`;
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    // The runner's name mangling, as actions/toolkit's getInput reads it: upper case, spaces to `_`, `-` kept.
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? input.default ?? '';
  }
  const result = spawnSync(process.execPath, [join(repoRoot, metadata.runs.main)], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: dir,
      ...inputEnv,
      ...env,
    },
    timeout: 60_000,
  });
  const outputsText = readFileSync(outputFile, 'utf8');
  const lines = `${result.stdout}\n${result.stderr}`.split('\n');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputs(outputsText),
    outputsText,
    summary: readFileSync(summaryFile, 'utf8'),
    commands: lines.filter((line) => line.startsWith('::')),
  };
}

/**
 * The runner's reading of a file command (actions/runner, src/Runner.Worker/FileCommandManager.cs): `NAME=VALUE`, or
 * `NAME<<DELIMITER` with the value on the following lines up to the first line equal to the delimiter.
 */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`invalid file command line ${index + 1}`);
    const delimiter = line.slice(heredoc + 2);
    const end = lines.indexOf(delimiter, index + 1);
    if (delimiter === '' || end < 0) throw new Error(`no matching delimiter for line ${index + 1}`);
    outputs[line.slice(0, heredoc)] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

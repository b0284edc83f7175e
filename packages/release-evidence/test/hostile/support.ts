import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { buildSamples } from '../samples/index.js';

export const NOW = '2026-11-25T12:00:00Z';

/** Every command and format of the CLI, as argv builders over a workspace (issue #8: "runs every command and format"). */
export interface Workspace {
  readonly dir: string;
  readonly candidate: string;
  readonly evidence: string;
  readonly fixture: string;
}

/** A secret-shaped value built at run time, never a literal: a GitHub classic token (`ghp_` and 36 characters). */
export function githubToken(seed = Math.random()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let state = Math.floor(seed * 2 ** 31) || 1;
  let body = '';
  for (let index = 0; index < 36; index++) {
    state = (state * 48271) % 2147483647;
    body += alphabet[state % alphabet.length];
  }
  return `${'gh'}${'p_'}${body}`;
}

/** The evidence samples as files, the candidate and the fixture; `edit` changes documents before they are written. */
export function workspace(edit: (documents: Record<string, Record<string, unknown>>) => void = () => {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const { candidate, readiness: _r, packet: _p, fixture, ...documents } = buildSamples(NOW);
  const evidence = join(dir, 'evidence');
  const editable = structuredClone(documents) as unknown as Record<string, Record<string, unknown>>;
  edit(editable);
  writeFileSync(join(dir, 'candidate.json'), JSON.stringify(candidate, null, 2));
  writeFileSync(join(dir, 'fixture.json'), JSON.stringify(fixture, null, 2));
  const ws = { dir, candidate: join(dir, 'candidate.json'), evidence, fixture: join(dir, 'fixture.json') };
  writeDocuments(ws, editable);
  return ws;
}

/** Writes documents as `<name>.json` under the evidence directory; a string value is written as raw text. */
export function writeDocuments(ws: Workspace, documents: Record<string, unknown>): void {
  mkdirSync(ws.evidence, { recursive: true });
  for (const [name, document] of Object.entries(documents)) {
    const text = typeof document === 'string' ? document : JSON.stringify(document, null, 2);
    writeFileSync(join(ws.evidence, name.includes('.') ? name : `${name}.json`), text);
  }
}

export function removeWorkspace(ws: Workspace): void {
  rmSync(ws.dir, { recursive: true, force: true });
}

export interface Invocation {
  readonly name: string;
  readonly argv: (ws: Workspace) => string[];
}

const readinessArgs = (ws: Workspace) => ['--candidate', ws.candidate, '--now', NOW, '--evidence', ws.evidence];

/** One invocation per command and format (spec §10), plus the packet's own outputs. */
export const INVOCATIONS: readonly Invocation[] = [
  { name: 'validate text', argv: (ws) => ['validate', ws.evidence] },
  { name: 'validate json', argv: (ws) => ['validate', ws.evidence, '--format', 'json'] },
  { name: 'scan text', argv: (ws) => ['scan', ws.evidence] },
  { name: 'scan json', argv: (ws) => ['scan', ws.evidence, '--format', 'json'] },
  { name: 'scan sarif', argv: (ws) => ['scan', ws.evidence, '--format', 'sarif'] },
  { name: 'readiness json', argv: (ws) => ['readiness', ...readinessArgs(ws), '--format', 'json'] },
  { name: 'readiness markdown', argv: (ws) => ['readiness', ...readinessArgs(ws), '--format', 'markdown'] },
  { name: 'readiness in-toto', argv: (ws) => ['readiness', ...readinessArgs(ws), '--format', 'in-toto'] },
  { name: 'readiness predicate', argv: (ws) => ['readiness', ...readinessArgs(ws), '--format', 'predicate'] },
  {
    name: 'packet',
    argv: (ws) => [
      'packet',
      ...readinessArgs(ws).slice(0, 4),
      '--out',
      join(ws.dir, 'out', 'packet.json'),
      '--markdown',
      join(ws.dir, 'out', 'packet.md'),
      '--evidence',
      ws.evidence,
    ],
  },
  {
    name: 'verify-packet text',
    argv: (ws) => ['verify-packet', join(ws.dir, 'out', 'packet.json'), '--evidence', ws.evidence],
  },
  {
    name: 'verify-packet json',
    argv: (ws) => ['verify-packet', join(ws.dir, 'out', 'packet.json'), '--evidence', ws.evidence, '--format', 'json'],
  },
  { name: 'check-fixture', argv: (ws) => ['check-fixture', ws.fixture] },
];

export interface Captured {
  readonly name: string;
  readonly code: number;
  readonly github: boolean;
  /** stdout, stderr, the files written and the step summary, each by name. */
  readonly outputs: Readonly<Record<string, string>>;
}

/**
 * Runs every invocation, without and with `GITHUB_ACTIONS=true` and `GITHUB_STEP_SUMMARY`, and captures every byte
 * each run wrote: stdout, stderr, the packet and Markdown files, and the step summary.
 */
export async function runEverything(ws: Workspace): Promise<Captured[]> {
  mkdirSync(join(ws.dir, 'out'), { recursive: true });
  const captured: Captured[] = [];
  for (const github of [false, true]) {
    for (const invocation of INVOCATIONS) {
      const summary = join(ws.dir, 'out', `summary-${captured.length}.md`);
      const env: Record<string, string> = github
        ? { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }
        : { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' };
      const run = await runCli(invocation.argv(ws), env);
      const outputs: Record<string, string> = { stdout: run.stdout, stderr: run.stderr };
      if (existsSync(summary)) outputs.summary = readFileSync(summary, 'utf8');
      if (invocation.name === 'packet') {
        for (const file of ['packet.json', 'packet.md']) {
          const path = join(ws.dir, 'out', file);
          if (existsSync(path)) outputs[file] = readFileSync(path, 'utf8');
        }
      }
      captured.push({ name: invocation.name, code: run.code, github, outputs });
    }
  }
  return captured;
}

/** Each output that contains `value`, as `invocation (env) / output`. */
export function leaksOf(captured: readonly Captured[], value: string): string[] {
  return captured.flatMap((run) =>
    Object.entries(run.outputs)
      .filter(([, text]) => text.includes(value))
      .map(([output]) => `${run.name}${run.github ? ' (GitHub)' : ''} / ${output}`),
  );
}

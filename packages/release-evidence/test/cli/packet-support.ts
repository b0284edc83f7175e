import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { runMain } from '../../src/cli/main.js';
import { buildSamples } from '../samples/index.js';

export const NOW = '2026-11-25T12:00:00Z';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in process, as the bin does, and captures its exit code and both streams. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture = (sink: string[]) => (chunk: string | Uint8Array) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation(capture(stdout) as typeof process.stdout.write);
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(capture(stderr) as typeof process.stderr.write);
  process.exitCode = undefined;
  try {
    await runMain(argv);
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

export interface Workspace {
  readonly dir: string;
  readonly candidate: string;
  readonly evidence: string;
  /** Evidence file of each sample, by sample name. */
  readonly files: Readonly<Record<string, string>>;
}

/** A temporary directory with the sample candidate and one pretty-printed file per evidence sample. */
export function sampleWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'release-packet-'));
  const samples = buildSamples(NOW);
  const evidence = join(dir, 'evidence');
  mkdirSync(evidence);
  const files: Record<string, string> = {};
  const { candidate, readiness: _r, packet: _p, fixture: _f, ...documents } = samples;
  for (const [name, document] of Object.entries(documents)) {
    files[name] = join(evidence, `${name}.json`);
    writeFileSync(files[name] as string, JSON.stringify(document, null, 2));
  }
  const candidatePath = join(dir, 'candidate.json');
  writeFileSync(candidatePath, JSON.stringify(candidate, null, 2));
  return { dir, candidate: candidatePath, evidence, files };
}

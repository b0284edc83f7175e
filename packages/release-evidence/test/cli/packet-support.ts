import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSamples } from '../samples/index.js';

export const NOW = '2026-11-25T12:00:00Z';

export { type CliResult as CliRun, runCli } from './run-cli.js';

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

/** `packet` argv: the candidate judged at NOW, written to `out`, with any `extra` options before the evidence. */
export function packetArgv(
  candidate: string,
  out: string,
  evidence: readonly string[],
  extra: readonly string[] = [],
): string[] {
  return ['packet', '--candidate', candidate, '--now', NOW, '--out', out, ...extra, '--evidence', ...evidence];
}

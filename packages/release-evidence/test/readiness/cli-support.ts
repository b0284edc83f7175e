import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { type CliResult, runCli as runCliWith } from '../cli/run-cli.js';

export type { CliResult };

/** The CLI with GitHub variables emptied unless `env` sets them, so a run inside Actions behaves like one outside. */
export function runCli(argv: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCliWith(argv, { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env });
}

/** A scratch directory with the given files (relative path → contents); removed by the returned cleanup. */
export function scratch(files: Record<string, string>): {
  dir: string;
  path: (name: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

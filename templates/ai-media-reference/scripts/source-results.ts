import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usingResource } from '../adapters/shared/lifecycle.js';
import { TEMPLATE_ROOT, templatePath } from '../adapters/shared/paths.js';
import type { SourceResults, VitestReport } from '../adapters/source-status.js';

/** Runs a tool to completion; a signal meanwhile stops the tool too, so no test runner outlives the demo. */
async function timed(
  command: string,
  args: readonly string[],
): Promise<{ passed: boolean; exitCode: number | null; durationMs: number }> {
  const started = performance.now();
  const code = await usingResource(
    async () => spawn(command, args, { cwd: TEMPLATE_ROOT, stdio: ['ignore', 'ignore', 'inherit'] }),
    async (child: ChildProcess) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
    (child) =>
      new Promise<number | null>((resolve) => {
        child.once('error', () => resolve(null));
        child.once('exit', (exitCode) => resolve(exitCode));
      }),
  );
  return { passed: code === 0, exitCode: code, durationMs: Math.round(performance.now() - started) };
}

/** Runs the template's own typecheck and unit tests and returns their results for the source-status adapter. */
export async function collectSourceResults(): Promise<SourceResults> {
  const bin = (name: string) => templatePath('node_modules', '.bin', name);
  const { passed, durationMs } = await timed(bin('tsc'), ['--noEmit', '-p', '.']);
  const typecheck = { passed, durationMs };
  return usingResource(
    async () => mkdtempSync(join(tmpdir(), 'ai-media-reference-')),
    async (folder) => rmSync(folder, { recursive: true, force: true }),
    async (folder) => {
      const reportPath = join(folder, 'vitest-report.json');
      const run = await timed(bin('vitest'), ['run', 'test/unit', '--reporter=json', `--outputFile=${reportPath}`]);
      let vitest: VitestReport = { testResults: [] };
      try {
        vitest = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestReport;
      } catch {
        // No report means the run crashed; the adapter records that as a failed check.
      }
      return { typecheck, vitest, vitestExitCode: run.exitCode, root: TEMPLATE_ROOT };
    },
  );
}

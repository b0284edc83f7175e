#!/usr/bin/env node
// Prints the closing line CI reads, `N passed, N failed`, summed over the vitest JSON reports in .out/. The optional
// argument is the exit status of the whole run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '.out');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of existsSync(out) ? readdirSync(out).sort() : []) {
  if (!/^vitest-.*\.json$/.test(name)) continue;
  const report = JSON.parse(readFileSync(join(out, name), 'utf8'));
  passed += report.numPassedTests ?? 0;
  // A file that failed to load has no assertions but must still count as a failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults?.length,
  );
  failed += (report.numFailedTests ?? 0) + brokenFiles.length;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
// A run that failed outside vitest (install, lint, typecheck, the fixture or end-to-end steps) must not read as green.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);

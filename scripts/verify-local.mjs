#!/usr/bin/env node
// `pnpm verify:local`: every check a release engineer needs before trusting this workspace, in order, stopping at the
// first failure. Vitest writes JSON reports to .out/ so CI can print one `N passed, N failed` line (scripts/test-summary.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.out');
const core = '@cloudflare-saas-core/release-evidence';
const template = 'ai-media-reference';
const identityTerms = 'templates/ai-media-reference/identity-terms.txt';
const vitest = (pkg, name, ...extra) => [
  'pnpm',
  '--filter',
  pkg,
  'exec',
  'vitest',
  'run',
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(out, `vitest-${name}.json`)}`,
];

const steps = [
  ['build the core', ['pnpm', 'build']],
  // Fails on any change to the public surface not reflected in the committed api/*.api.md (docs/api.md).
  ['public API report matches the build', ['pnpm', '--filter', core, 'exec', 'node', 'scripts/api-report.mjs']],
  ['lint and format (Biome)', ['pnpm', 'exec', 'biome', 'check', '.']],
  ['typecheck every package', ['pnpm', '-r', 'typecheck']],
  // dependency-cruiser (packages/release-evidence/.dependency-cruiser.mjs): layers, purity, cycles, orphans, template.
  ['architecture rules (dependency-cruiser)', ['pnpm', '--filter', core, 'layers']],
  ['core unit tests, schema drift, layer rules and Workers run', vitest(core, 'core')],
  ['template unit tests', vitest(template, 'template')],
  [
    'check-fixture on the core fixture with the template identity terms',
    [
      'pnpm',
      'exec',
      'release-evidence',
      'check-fixture',
      'packages/release-evidence/fixtures/ops-release-evidence.core-fixture.json',
      '--identity-terms',
      identityTerms,
    ],
  ],
  ['template adapters end to end against the package', ['pnpm', '--filter', template, 'e2e']],
  ['template extraction fixture', ['pnpm', '--filter', template, 'fixture']],
  // The package as the registry would serve it (docs/adopting.md). The last two exit non-zero on any problem.
  [
    'packed tarball: npm-only install, CLI, ESM import, consumer types',
    vitest(core, 'packed', '-c', 'vitest.packed.config.ts'),
  ],
  ['publint on the packed package', ['pnpm', '--filter', core, 'exec', 'publint', 'run', '--strict', '--pack', 'pnpm']],
  [
    'attw on the packed package (ESM only)',
    ['pnpm', '--filter', core, 'exec', 'attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii'],
  ],
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [index, [title, [command, ...args]]] of steps.entries()) {
  process.stdout.write(`\n== verify:local ${index + 1}/${steps.length}: ${title}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`\n== verify:local FAILED at step ${index + 1} (${title}) after ${seconds}s\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`== ok (${seconds}s)\n`);
}
process.stdout.write('\n== verify:local passed\n');

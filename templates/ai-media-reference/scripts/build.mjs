// Bundles the TypeScript entry scripts into dist/*.mjs (Node 20 cannot run TypeScript directly).
// Packages stay external, so Miniflare and the release-evidence package load from node_modules.
// Each file is written to a temporary name and renamed, so a concurrent build never exposes a half-written script.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const result = await build({
  entryPoints: [
    'scripts/demo.ts',
    'scripts/approve.ts',
    'scripts/e2e.ts',
    'scripts/fixture.ts',
    'scripts/record.ts',
    'scripts/collect.ts',
  ],
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  write: false,
});
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}

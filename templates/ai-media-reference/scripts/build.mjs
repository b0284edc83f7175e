// Bundles the TypeScript entry scripts into dist/*.mjs (Node 20 cannot run TypeScript directly).
// Packages stay external, so Miniflare and the release-evidence package load from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/demo.ts', 'scripts/approve.ts', 'scripts/e2e.ts', 'scripts/fixture.ts', 'scripts/record.ts'],
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

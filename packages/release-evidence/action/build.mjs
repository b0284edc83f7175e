#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
// Bundles the action entry into one file, action/dist/index.mjs, committed so that `uses:` needs no install.
// `pnpm build:action` writes it; test/action/bundle.test.ts rebuilds it in memory and fails on any difference.
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_PATH = 'action/dist/index.mjs';

/** @type {import('esbuild').BuildOptions} */
export const BUNDLE_OPTIONS = {
  absWorkingDir: packageDir,
  entryPoints: ['action/index.ts'],
  outfile: BUNDLE_PATH,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Some dependencies are CommonJS: give the ES module bundle a `require` for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);",
  },
  legalComments: 'inline',
  charset: 'utf8',
  logLevel: 'warning',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await build(BUNDLE_OPTIONS);

#!/usr/bin/env node
// pnpm links bins before `prepare` builds dist/, so this shim stays tiny and imports the built CLI lazily.
import('../dist/cli.mjs')
  .then((cli) => cli.runMain())
  .catch((error) => {
    const missing = error?.code === 'ERR_MODULE_NOT_FOUND';
    process.stderr.write(
      missing
        ? 'release-evidence: the CLI is not built yet; run `pnpm install` (which builds it) or `pnpm build`.\n'
        : `release-evidence: internal error (${error?.name ?? 'Error'})\n`,
    );
    process.exitCode = 2;
  });

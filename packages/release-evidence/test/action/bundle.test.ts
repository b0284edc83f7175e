import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS, BUNDLE_PATH } from '../../action/build.mjs';

// The committed bundle is what `uses:` runs: it must be exactly what the sources build to today.
describe('action/dist', () => {
  it('is one self-contained file, identical to a fresh build of the sources', async () => {
    const result = await build({ ...BUNDLE_OPTIONS, write: false, metafile: true });
    const outputFiles = result.outputFiles ?? [];
    expect(outputFiles.map((file) => file.path.slice(file.path.indexOf('action/')))).toEqual([BUNDLE_PATH]);
    const committed = readFileSync(new URL(`../../${BUNDLE_PATH}`, import.meta.url), 'utf8');
    const fresh = outputFiles[0]?.text ?? '';
    // On failure: run `pnpm --filter @cloudflare-saas-core/release-evidence build:action` and commit action/dist/.
    expect(committed === fresh, `${BUNDLE_PATH} differs from a fresh build; run build:action`).toBe(true);
    // Only Node's built-ins stay outside the bundle.
    const external = Object.values(result.metafile?.outputs ?? {}).flatMap((output) =>
      output.imports.map((i) => i.path),
    );
    expect(external.filter((path) => !path.startsWith('node:'))).toEqual([]);
    console.log(`action bundle ${Buffer.byteLength(committed)} bytes`);
  });
});

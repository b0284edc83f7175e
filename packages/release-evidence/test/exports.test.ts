import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_ENTRIES } from '../library-entries.mjs';

// Which modules the library may import is dependency-cruiser's job (.dependency-cruiser.mjs); this is what it cannot
// see: that package.json publishes exactly the entries tsdown builds and the API report covers.
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};

describe('package exports', () => {
  it('publishes exactly the library entries, each with its types and code', () => {
    const code = Object.entries(manifest.exports).filter(([, target]) => typeof target === 'object');
    expect(Object.fromEntries(code)).toEqual(
      Object.fromEntries(
        Object.keys(LIBRARY_ENTRIES).map((entry) => [
          entry === 'index' ? '.' : `./${entry}`,
          { types: `./dist/${entry}.d.mts`, default: `./dist/${entry}.mjs` },
        ]),
      ),
    );
  });
});

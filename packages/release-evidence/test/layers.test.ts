import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../.dependency-cruiser.mjs';

/**
 * The architecture rules (.dependency-cruiser.mjs) run through dependency-cruiser's API: on the real tree, which must
 * keep them, and on small trees laid out like it, which break one rule each, so a rule that could never fire fails.
 */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'release-evidence-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function violations(baseDir: string, paths: string[]): Promise<string[]> {
  const { output } = await cruise(paths, {
    ...config.options,
    // The fixtures have no tsconfig.json; `.js` names its `.ts` source all the same.
    ...(baseDir === PACKAGE_ROOT ? {} : { tsConfig: undefined }),
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

let fixtures = 0;
/** A tree of files (path → text) under a fresh folder, cruised from its src/. */
function tree(files: Record<string, string>): string {
  const root = join(scratch, String(fixtures++));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'fixture', type: 'module', dependencies: {} }));
  return root;
}

describe('architecture rules', () => {
  it('hold on the real tree', async () => {
    expect(await violations(PACKAGE_ROOT, ['src', 'action', '../../templates/ai-media-reference'])).toEqual([]);
  }, 60_000);

  it('report an upward import (json imports contract) and allow the downward one', async () => {
    const root = tree({
      'src/json/parse.ts': "import { KINDS } from '../contract/kinds.js';\nexport const parse = () => KINDS;\n",
      'src/contract/kinds.ts':
        "import type { Pointer } from '../json/pointer.js';\nexport const KINDS: Pointer[] = [];\n",
      'src/json/pointer.ts': 'export type Pointer = string;\n',
    });
    expect(await violations(root, ['src'])).toEqual([
      'layer-json-imports-only-downward: src/json/parse.ts -> src/contract/kinds.ts',
    ]);
  });

  it('report a module outside every layer and an import of a test file, the two ways round the layer rules', async () => {
    const root = tree({
      'src/json/parse.ts':
        "import { run } from '../helpers.js';\nimport { check } from './parse.test.js';\nexport const parse = () => [run, check];\n",
      'src/helpers.ts': 'export const run = 1;\n',
      'src/json/parse.test.ts': 'export const check = 2;\n',
    });
    expect(await violations(root, ['src'])).toEqual([
      'every-module-in-a-layer: src/json/parse.ts -> src/helpers.ts',
      'no-imports-of-tests: src/json/parse.ts -> src/json/parse.test.ts',
    ]);
  });

  it('report a sideways import between peers and an import of the CLI from the library', async () => {
    const root = tree({
      'src/packet/build.ts': "import { check } from '../fixture/check.js';\nexport const build = check;\n",
      'src/fixture/check.ts': "import { run } from '../cli/main.js';\nexport const check = run;\n",
      'src/cli/main.ts': 'export const run = () => 0;\n',
    });
    expect((await violations(root, ['src'])).sort()).toEqual([
      'layer-fixture-imports-only-downward: src/fixture/check.ts -> src/cli/main.ts',
      'layer-packet-imports-only-downward: src/packet/build.ts -> src/fixture/check.ts',
    ]);
  });

  it('report node: modules outside src/cli/, runtime cycles (not type-only ones) and orphans', async () => {
    const root = tree({
      'src/format/a.ts':
        "import { readFileSync } from 'node:fs';\nimport { b } from './b.js';\nexport const a = [b, readFileSync];\n",
      'src/format/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'src/format/unused.ts': 'export const unused = 1;\n',
      'src/format/render.ts': "import type { Result } from './run.js';\nexport const render = (r: Result) => r;\n",
      'src/format/run.ts':
        "import { render } from './render.js';\nexport type Result = string;\nexport const run = render;\n",
      'src/cli/io.ts':
        "import { readFileSync } from 'node:fs';\nimport { a } from '../format/a.js';\nexport const io = [a, readFileSync];\n",
    });
    expect((await violations(root, ['src'])).sort()).toEqual([
      'library-no-node-builtins: src/format/a.ts -> fs',
      'no-cycles: src/format/a.ts -> src/format/b.ts',
      'no-orphans: src/format/unused.ts -> src/format/unused.ts',
    ]);
  });
});

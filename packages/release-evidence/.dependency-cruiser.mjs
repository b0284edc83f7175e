// The architecture as rules (docs/architecture.md), checked by `pnpm verify:local` and by test/layers.test.ts.
// Paths are relative to this package; the template is reached as ../../templates/.
import { LIBRARY_ENTRIES } from './library-entries.mjs';

const layer = (name, path = `^src/${name}/`) => ({ name, path });

/** Lowest first. A module may import its own layer and those below it; a layer's peers on the same rank are off limits. */
export const LAYERS = [
  // problem: the one problem model and its code catalogue, needed by every layer above.
  [layer('json'), layer('problem')],
  [layer('contract')],
  [layer('privacy')],
  [layer('readiness')],
  [layer('packet'), layer('fixture')],
  [layer('diff')],
  [layer('format')],
  // src/index.ts is the library entry: it re-exports every layer but src/cli/.
  [layer('index', '^src/index\\.ts$')],
  [layer('cli')],
  // The GitHub Action's entry (action/, outside src/) drives the CLI.
  [layer('action', '^action/')],
];

const TEST = '\\.test\\.ts$';

/** One rule per layer: nothing in it may reach a layer of a higher rank or a peer of the same rank. */
function layerRules() {
  return LAYERS.flatMap((rank, index) => {
    const below = LAYERS.slice(0, index).flat();
    const above = LAYERS.slice(index + 1).flat();
    return rank.map(({ name, path }) => ({
      name: `layer-${name}-imports-only-downward`,
      comment: `${name} may import only the layers below it: ${below.map((l) => l.name).join(', ') || 'none'}`,
      severity: 'error',
      // A unit test beside its unit may import the library entry to test through it.
      from: { path, pathNot: TEST },
      to: { path: [...above, ...rank.filter((peer) => peer.name !== name)].map((l) => l.path) },
    }));
  }).filter((rule) => rule.to.path.length > 0);
}

// Unit tests beside their unit (`foo.test.ts`) are not library code: they may import vitest and node: modules.
const LIBRARY = { path: '^src/', pathNot: ['^src/cli/', TEST] };
// The files the package's `exports` map names (package.json); the template may reach nothing else of it.
const PUBLIC_EXPORTS = [
  ...Object.keys(LIBRARY_ENTRIES).map((entry) => `^dist/${entry}\\.d?\\.mts$`),
  '^schemas/[^/]+\\.schema\\.json$',
  '^fixtures/[^/]+\\.json$',
  '^package\\.json$',
];

const SDKS = [
  '@cloudflare/[^/]+',
  'cloudflare',
  'wrangler',
  'miniflare',
  'workerd',
  'openai',
  '@anthropic-ai/[^/]+',
  'replicate',
  '@aws-sdk/[^/]+',
  'aws-sdk',
  '@google/[^/]+',
  '@google-cloud/[^/]+',
  '@huggingface/[^/]+',
  'stripe',
  '@octokit/[^/]+',
  'undici',
  'node-fetch',
  'axios',
  'got',
  'ky',
];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layerRules(),
    {
      name: 'library-no-node-builtins',
      comment: 'The library runs unchanged in Workers: node: modules and Node builtins belong in src/cli/ and action/.',
      severity: 'error',
      from: LIBRARY,
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'library-only-runtime-dependencies',
      comment: 'The library may import only its declared dependencies (no dev-only package, SDK or undeclared one).',
      severity: 'error',
      from: LIBRARY,
      to: { dependencyTypesNot: ['local', 'core', 'npm'] },
    },
    {
      name: 'library-no-sdks',
      comment:
        'Provider and Cloudflare SDKs, HTTP clients and Workers tooling: none belongs in the library, declared or not.',
      severity: 'error',
      from: LIBRARY,
      to: { path: `node_modules/(${SDKS.join('|')})/` },
    },
    {
      name: 'core-no-templates',
      comment: 'The core never imports a template, and reaches nothing outside the package by path.',
      severity: 'error',
      from: { path: '^(src|action)/' },
      to: { path: '^\\.\\./', dependencyTypes: ['local'] },
    },
    {
      name: 'template-only-public-exports',
      comment: 'The template imports the package by its name and public exports only, never by a path into it.',
      severity: 'error',
      from: { path: '^\\.\\./\\.\\./templates/' },
      to: { path: '^(?!\\.\\./)', pathNot: [...PUBLIC_EXPORTS, '^node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'every-module-in-a-layer',
      comment:
        'A module outside every layer would be unconstrained both ways (src/json → src/helpers.ts → src/cli/): every ' +
        'source file under src/ sits in one of the layers.',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: [...LAYERS.flat().map((l) => l.path), TEST] },
    },
    {
      name: 'no-imports-of-tests',
      comment: 'Nothing imports a test file: a test is not a layer, so an import of one could reach anything.',
      severity: 'error',
      from: {},
      to: { path: TEST },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing (for the template: a subpath the exports map does not name).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-cycles',
      comment:
        'No cycle at run time. A cycle through an `import type` is allowed: renderers name the result type of the ' +
        'command that calls them (src/cli/render/ and src/cli/*.ts), which erases to nothing.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports and that imports nothing is dead or unfinished.',
      severity: 'error',
      // Tool configs (vitest.config.ts, …) are loaded by their tool, not imported.
      from: { orphan: true, pathNot: ['\\.d\\.m?ts$', '(^|/)[^/]+\\.config\\.[cm]?[jt]s$'] },
      to: {},
    },
  ],
  options: {
    // Type-only imports count: a layer must not even name the types of a layer above it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: ['node_modules', '^dist/'] },
    // Build output is not source. (Packages under node_modules stay in the graph, unfollowed, so rules can see them.)
    exclude: { path: ['^action/dist/', '^\\.\\./\\.\\./templates/[^/]+/(dist|node_modules)/'] },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
    reporterOptions: { text: { highlightFocused: false } },
  },
};

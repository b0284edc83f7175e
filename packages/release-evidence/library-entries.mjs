// The library's public entries: `exports` subpath -> source file. One list read by tsdown.config.ts (what is
// built), scripts/api-report.mjs (what is snapshotted in api/), test/exports.test.ts (what package.json publishes) and
// .dependency-cruiser.mjs (what the template may import).
// docs/api.md says what each entry holds and why.
export const LIBRARY_ENTRIES = {
  index: 'src/index.ts',
  builders: 'src/contract/builders/index.ts',
  contract: 'src/contract/index.ts',
  diff: 'src/diff/index.ts',
  fixture: 'src/fixture/index.ts',
  format: 'src/format/index.ts',
  json: 'src/json/index.ts',
  packet: 'src/packet/index.ts',
  privacy: 'src/privacy/index.ts',
  problem: 'src/problem/index.ts',
  readiness: 'src/readiness/index.ts',
};

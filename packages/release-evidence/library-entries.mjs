// The library's public entries: `exports` subpath -> source file. One list read by tsdown.config.ts (what is
// built), scripts/api-report.mjs (what is snapshotted in api/) and test/boundary.test.ts (what must stay pure).
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
  readiness: 'src/readiness/index.ts',
};

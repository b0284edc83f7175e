import { defineConfig } from 'vitest/config';

// The packed-tarball check (test/packed/): it packs, installs from the registry with npm and type-checks a consumer, so
// it runs as its own verify:local step rather than with the unit tests.
export default defineConfig({
  test: {
    include: ['test/packed/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});

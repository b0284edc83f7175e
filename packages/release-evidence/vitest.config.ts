import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'action/**/*.test.ts'],
    // Run by vitest.packed.config.ts in its own verify:local step.
    exclude: ['test/packed/**', '**/node_modules/**'],
    testTimeout: 60_000,
  },
});

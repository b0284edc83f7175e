import { defineConfig } from 'tsdown';
import { LIBRARY_ENTRIES } from './library-entries.mjs';

export default defineConfig({
  entry: { ...LIBRARY_ENTRIES, cli: 'src/cli/main.ts', 'pool-worker': 'src/cli/pool-worker.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  dts: true,
  clean: true,
  sourcemap: false,
});

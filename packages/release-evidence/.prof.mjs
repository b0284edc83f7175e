import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
const bundle2 = await build({ entryPoints: ['test/samples/index.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
writeFileSync('./.prof-s.mjs', bundle2.outputFiles[0].text);
const c = await import('./dist/index.mjs');
const s = (await import('./.prof-s.mjs')).buildSamples('2026-11-25T12:00:00Z');
const doc = s[process.argv[2] ?? 'resources'];
for (let i = 0; i < 300000; i++) c.validateDocument(doc);

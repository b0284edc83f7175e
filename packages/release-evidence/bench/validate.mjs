// Validation throughput: validateDocument (built dist) against Ajv validators compiled from the exported JSON Schemas.
// 100k documents per kind (90% valid, 10% shape-invalid), reported separately. Usage: pnpm bench:validate [count]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PER_KIND = Number(process.argv[2] ?? 100_000);
const NOW = '2026-11-25T12:00:00Z';

if (!existsSync(join(root, 'dist/index.mjs'))) {
  const built = spawnSync('npx', ['tsdown'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const { KINDS, jsonSchemaFor, validateDocument } = await import(pathToFileURL(join(root, 'dist/index.mjs')).href);

// The same valid samples the tests use, bundled on the fly so the bench never keeps a copy of them.
const bundle = await build({
  entryPoints: [join(root, 'test/samples/index.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'silent',
});
const samplesModule = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`;
const { buildSamples } = await import(samplesModule);
const byKind = new Map(Object.values(buildSamples(NOW)).map((doc) => [doc.kind, doc]));

/** Shape errors every validator must catch; each invalid document gets one, in turn. */
const BREAKS = [
  (doc) => ({ ...doc, unexpected: true }),
  (doc) => ({ ...doc, id: 'Not A Label' }),
  (doc) => ({ ...doc, generatedAt: '2026-11-25 12:00' }),
  (doc) => ({ ...doc, subject: { ...doc.subject, commitSha: 'abc' } }),
  (doc) => {
    const { id, ...rest } = doc;
    return rest;
  },
];

function variants(kind) {
  const base = byKind.get(kind);
  const pool = { valid: [], invalid: [] };
  for (let index = 0; index < 1000; index++) {
    const doc = { ...structuredClone(base), id: `${base.id}-${index}` };
    if (index % 10 === 9) pool.invalid.push(BREAKS[index % BREAKS.length](doc));
    else pool.valid.push(doc);
  }
  return pool;
}

/** Times `count` checks over `docs`; returns the seconds taken and how many documents were accepted. */
function timed(check, docs, count) {
  let accepted = 0;
  const start = performance.now();
  for (let index = 0; index < count; index++) if (check(docs[index % docs.length])) accepted++;
  return { seconds: (performance.now() - start) / 1000, accepted };
}

// The machine is shared, so the validators take turns in small rounds: a burst of load hits all of them alike.
const ROUNDS = 10;
const ajvAll = new Ajv2020({ allErrors: true });
const ajvFirst = new Ajv2020({ allErrors: false });
const rows = [];
const totals = { ours: [0, 0], all: [0, 0], first: [0, 0] };
const validCount = Math.round(PER_KIND * 0.9);
const invalidCount = PER_KIND - validCount;
for (const kind of KINDS) {
  const pool = variants(kind);
  const checks = {
    ours: (doc) => validateDocument(doc).ok,
    all: ajvAll.compile(jsonSchemaFor(kind)),
    first: ajvFirst.compile(jsonSchemaFor(kind)),
  };
  const spent = Object.fromEntries(Object.keys(checks).map((name) => [name, [0, 0]]));
  for (const check of Object.values(checks)) timed(check, [...pool.valid, ...pool.invalid], 2000); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, check] of Object.entries(checks)) {
      const valid = timed(check, pool.valid, validCount / ROUNDS);
      const invalid = timed(check, pool.invalid, invalidCount / ROUNDS);
      if (valid.accepted !== validCount / ROUNDS || invalid.accepted !== 0) {
        throw new Error(`${name} disagrees with the expected outcome on ${kind}`);
      }
      spent[name][0] += valid.seconds;
      spent[name][1] += invalid.seconds;
    }
  }
  const row = { kind };
  for (const [name, [validSeconds, invalidSeconds]] of Object.entries(spent)) {
    row[name] = [validCount / validSeconds, invalidCount / invalidSeconds];
    totals[name][0] += validSeconds;
    totals[name][1] += invalidSeconds;
  }
  rows.push(row);
}

const k = (rate) => `${(rate / 1000).toFixed(0)}k`.padStart(6);
const ratio = (a, b) => (a / b).toFixed(2).padStart(5);
console.log(`validate: ${PER_KIND} documents per kind (90% valid / 10% invalid), documents per second`);
console.log(
  `${'kind'.padEnd(30)} ${'ours v'.padStart(6)} ${'ours i'.padStart(6)} | ${'ajvAll v'.padStart(8)} ${'i'.padStart(6)} | ${'ajv1st v'.padStart(8)} ${'i'.padStart(6)} | ratio vs all v/i | vs 1st v/i`,
);
for (const { kind, ours, all, first } of rows) {
  console.log(
    `${kind.padEnd(30)} ${k(ours[0])} ${k(ours[1])} | ${k(all[0]).padStart(8)} ${k(all[1])} | ${k(first[0]).padStart(8)} ${k(first[1])} |      ${ratio(ours[0], all[0])} ${ratio(ours[1], all[1])} | ${ratio(ours[0], first[0])} ${ratio(ours[1], first[1])}`,
  );
}
const validN = Math.round(PER_KIND * 0.9) * KINDS.length;
const invalidN = PER_KIND * KINDS.length - validN;
const overall = Object.fromEntries(
  Object.entries(totals).map(([name, [validSeconds, invalidSeconds]]) => [
    name,
    [validN / validSeconds, invalidN / invalidSeconds],
  ]),
);
console.log(
  `${'all kinds'.padEnd(30)} ${k(overall.ours[0])} ${k(overall.ours[1])} | ${k(overall.all[0]).padStart(8)} ${k(overall.all[1])} | ${k(overall.first[0]).padStart(8)} ${k(overall.first[1])} |      ${ratio(overall.ours[0], overall.all[0])} ${ratio(overall.ours[1], overall.all[1])} | ${ratio(overall.ours[0], overall.first[0])} ${ratio(overall.ours[1], overall.first[1])}`,
);
console.log(
  'ours = validateDocument (shape + consistency rules); ajv = shape only. Ratio = ours / ajv; target >= 0.5.',
);

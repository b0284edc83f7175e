// Readiness throughput: evaluateReadiness (built dist) over 10, 100, 1k and 10k evidence documents given as JSON text,
// the way the command line reads them. Starts from the shipped acceptance fixture; every extra document is a variant
// of one of its artifacts (older reruns, other commits, a few invalid), so every gate has work to do.
// Usage: pnpm bench:readiness [sizes…]   Target: 10k documents in under 1 s, growing linearly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10, 100, 1_000, 10_000];
const ROUNDS = 3;

if (!existsSync(join(root, 'dist/index.mjs'))) {
  const built = spawnSync('npx', ['tsdown'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const { checkDocument, evaluateReadiness } = await import(pathToFileURL(join(root, 'dist/index.mjs')).href);

const fixture = JSON.parse(readFileSync(join(root, 'fixtures/ops-release-evidence.core-fixture.json'), 'utf8'));
const artifacts = fixture.artifacts.map((artifact) => artifact.document);

function shiftMinutes(timestamp, minutes) {
  return new Date(Date.parse(timestamp) - minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** Variant i of an artifact: an older rerun, one for another commit, or (1 in 50) an inconsistent one. */
function variant(doc, index) {
  const copy = structuredClone(doc);
  copy.id = `${doc.id}-${index}`;
  copy.generatedAt = shiftMinutes(doc.generatedAt, 1 + (index % 60));
  if (index % 7 === 0) copy.subject.commitSha = (index % 16).toString(16).repeat(40);
  if (index % 50 === 0) copy.id = 'Not A Label';
  return copy;
}

function evidenceTexts(size) {
  const documents = artifacts.slice(0, Math.min(size, artifacts.length));
  for (let index = documents.length; index < size; index++)
    documents.push(variant(artifacts[index % artifacts.length], index));
  return documents.map((doc) => ({ text: JSON.stringify(doc, null, 2) }));
}

const rows = [];
for (const size of SIZES) {
  const documents = evidenceTexts(size);
  let best = Number.POSITIVE_INFINITY;
  let verdict = '';
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const { readiness } = await evaluateReadiness({ candidate: fixture.release, documents, now: fixture.now });
    best = Math.min(best, performance.now() - started);
    verdict = readiness.verdict;
  }
  // The share of the time spent in checkDocument (validation + privacy scan), which readiness runs on every input.
  let checksOnly = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (const document of documents) checkDocument(document.text);
    checksOnly = Math.min(checksOnly, performance.now() - started);
  }
  rows.push({ size, ms: best, checksOnly, verdict });
}

console.log(`readiness: best of ${ROUNDS} rounds, Node ${process.version}`);
console.log('documents      time    per document   of which checkDocument   verdict');
for (const { size, ms, checksOnly, verdict } of rows) {
  const perDoc = (ms * 1000) / size;
  const cells = [String(size).padStart(9), `${ms.toFixed(1).padStart(9)} ms`, `${perDoc.toFixed(1).padStart(10)} µs`];
  console.log(`${cells.join(' ')}   ${checksOnly.toFixed(1).padStart(12)} ms          ${verdict}`);
}
const largest = rows.at(-1);
if (largest && largest.size >= 10_000) {
  console.log(`10k target (< 1000 ms): ${largest.ms < 1000 ? 'met' : 'missed'} (${largest.ms.toFixed(0)} ms)`);
}

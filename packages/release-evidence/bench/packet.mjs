// Packet throughput: buildPacket, verifyPacket and formatReadinessMarkdown (built dist) over 10, 100 and 1k evidence
// documents given as JSON text. Starts from the shipped acceptance fixture; extra documents are runs of its artifacts for
// other commits, so every one is digested, checked and listed. Prints each step's best time and the Markdown size.
// Usage: pnpm bench:packet [sizes…]   (the script runs Node with --disallow-code-generation-from-strings, as in Workers)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10, 100, 1_000];
const ROUNDS = 3;

if (!existsSync(join(root, 'dist/index.mjs'))) {
  const built = spawnSync('npx', ['tsdown'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const { buildPacket, verifyPacket, formatReadinessMarkdown } = await import(
  pathToFileURL(join(root, 'dist/index.mjs')).href
);
const { utf8Length } = await import(pathToFileURL(join(root, 'dist/json.mjs')).href);

const fixture = JSON.parse(readFileSync(join(root, 'fixtures/ops-release-evidence.core-fixture.json'), 'utf8'));
const artifacts = fixture.artifacts.map((artifact) => artifact.document);

/** A run of the same adapter for another commit: valid, digested and listed, but never chosen for a gate. */
function otherCommit(doc, index) {
  const copy = structuredClone(doc);
  copy.id = `${doc.id}-${index}`;
  copy.subject.commitSha = index.toString(16).padStart(40, 'c');
  return copy;
}

function evidenceTexts(size) {
  const documents = artifacts.slice(0, Math.min(size, artifacts.length));
  for (let index = documents.length; index < size; index++) {
    documents.push(otherCommit(artifacts[index % artifacts.length], index));
  }
  return documents.map((doc) => ({ text: JSON.stringify(doc, null, 2) }));
}

async function best(run) {
  let fastest = Number.POSITIVE_INFINITY;
  let result;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    result = await run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: fastest, result };
}

const rows = [];
for (const size of SIZES) {
  const documents = evidenceTexts(size);
  const request = { candidate: fixture.release, documents, now: fixture.now };
  const built = await best(() => buildPacket(request));
  const { packet, readiness } = built.result;
  const verified = await best(() => verifyPacket(packet, documents));
  const markdown = await best(() => formatReadinessMarkdown(readiness, { artifacts: packet.artifacts }));
  rows.push({
    documents: size,
    verdict: readiness.verdict,
    'build ms': built.ms.toFixed(1),
    'verify ms': verified.ms.toFixed(1),
    verifies: verified.result.ok,
    'markdown ms': markdown.ms.toFixed(2),
    'markdown bytes': utf8Length(markdown.result),
  });
}
console.table(rows);

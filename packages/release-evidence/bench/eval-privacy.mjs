// Recall and precision of the privacy scanner per class on the labelled corpus (test/privacy/corpus.mjs), through
// both scanText and checkDocument. Usage: pnpm eval:privacy
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus } from '../test/privacy/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist/index.mjs'))) {
  const built = spawnSync('npx', ['tsdown'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const { PRIVACY_CLASSES, checkDocument, scanText } = await import(pathToFileURL(join(root, 'dist/index.mjs')).href);
const { positives, negatives } = buildCorpus();

/**
 * Per class: a positive case counts towards recall when its class is found. Precision counts documents: a document
 * flagged with a class is a true positive when the case carries that class, a false positive otherwise (negatives
 * carry none).
 */
function evaluate(findingsOf) {
  const stats = Object.fromEntries(
    PRIVACY_CLASSES.map((name) => [name, { cases: 0, caught: 0, flagged: 0, wrong: 0 }]),
  );
  const cases = [
    ...positives.map((c) => ({ text: c.text, classes: c.classes })),
    ...negatives.map((c) => ({ text: c.text, classes: [] })),
  ];
  for (const testCase of cases) {
    const found = new Set(findingsOf(testCase.text).map((finding) => finding.class));
    const primary = testCase.classes[0];
    if (primary) {
      stats[primary].cases++;
      if (found.has(primary)) stats[primary].caught++;
    }
    for (const name of found) {
      stats[name].flagged++;
      if (!testCase.classes.includes(name)) stats[name].wrong++;
    }
  }
  return stats;
}

const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
console.log(`corpus: ${positives.length} positive cases, ${negatives.length} public-safe negatives`);
for (const [label, findingsOf] of [
  ['scanText', (text) => scanText(text).findings],
  ['checkDocument', (text) => checkDocument(text).findings],
]) {
  console.log(`\n${label}`);
  console.log(`${'class'.padEnd(12)} ${'cases'.padStart(6)} ${'recall'.padStart(8)} ${'precision'.padStart(10)}`);
  for (const [name, s] of Object.entries(evaluate(findingsOf))) {
    console.log(
      `${name.padEnd(12)} ${String(s.cases).padStart(6)} ${percent(s.caught, s.cases).padStart(8)} ${percent(s.flagged - s.wrong, s.flagged).padStart(10)}`,
    );
  }
}

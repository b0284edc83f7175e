// Recall and precision of the privacy scanner per rule and per class. Usage: pnpm eval:privacy
//
// Cases: the labelled corpus (test/privacy/corpus.mjs: token format × placement × encoding, context cases and
// public-safe negatives) plus a matrix built from every rule's own true positives (placements × encodings, and the
// assignment forms for prefixed tokens), labelled with the rule. A finding of rule R counts as a true positive when
// the case is labelled R or carries R's class (a token under a secret key is found by both rules); any finding on a
// negative is a false positive. Every rule's own false positives must not produce that rule.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, releaseStatus, rotationReceipt } from '../test/privacy/corpus.mjs';
import { ENCODERS, escapeInText } from '../test/privacy/corpus-formats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist/index.mjs'))) {
  const built = spawnSync('npx', ['tsdown'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const dist = pathToFileURL(join(root, 'dist/index.mjs')).href;
const { checkDocument, scanText } = await import(dist);
const { PRIVACY_CLASSES, RULES } = await import(pathToFileURL(join(root, 'dist/privacy.mjs')).href);
const ASSIGNMENT_FORMS = [
  (value) => `DEPLOY_TOKEN=${value}`,
  (value) => `deployToken: "${value}"`,
  (value) => `{"deploy_token": "${value}"}`,
  (value) => `tool login --api-token ${value}`,
  (value) => `curl -H 'X-Api-Key: ${value}' https://api.example.com/`,
];
const SHA = 'c0ffee'.repeat(6).slice(0, 40);
const text = (doc) => JSON.stringify(doc, null, 2);
const PLACE = {
  'free-text': (value) => text(releaseStatus({ sha: SHA, check: { detail: `note: ${value} (see runbook)` } })),
  'extensions-value': (value) => text(releaseStatus({ sha: SHA, extensions: { 'x-notes': `observed ${value}` } })),
  label: (value) => text(releaseStatus({ sha: SHA, check: { name: value } })),
  'secret-name': (value) => text(rotationReceipt({ sha: SHA, name: value })),
};

function sampleCases() {
  const cases = [];
  for (const rule of RULES) {
    const label = { rule: rule.id, classes: [rule.class] };
    for (const [index, sample] of rule.tps.entries()) {
      if (typeof sample !== 'string') {
        cases.push({ ...label, id: `${rule.id}/${index}/document`, text: text(sample.document) });
        continue;
      }
      for (const [placement, place] of Object.entries(PLACE)) {
        for (const [encoding, encode] of Object.entries(ENCODERS)) {
          const value = encode(sample);
          let docText = place(value);
          if (encoding === 'u-escape') docText = escapeInText(docText, value);
          cases.push({ ...label, id: `${rule.id}/${index}/${placement}/${encoding}`, text: docText });
        }
      }
      if (rule.redactPrefix && rule.class === 'credential') {
        for (const [formIndex, form] of ASSIGNMENT_FORMS.entries()) {
          cases.push({ ...label, id: `${rule.id}/${index}/form-${formIndex}`, text: PLACE['free-text'](form(sample)) });
        }
      }
    }
  }
  return cases;
}

const corpus = buildCorpus();
const positives = [...corpus.positives.map((c) => ({ id: c.id, classes: c.classes, text: c.text })), ...sampleCases()];
const negatives = corpus.negatives;

function evaluate(findingsOf) {
  const perRule = new Map(RULES.map((rule) => [rule.id, { cases: 0, caught: 0, flagged: 0, wrong: 0 }]));
  const perClass = new Map(PRIVACY_CLASSES.map((name) => [name, { cases: 0, caught: 0, flagged: 0, wrong: 0 }]));
  const misses = [];
  let negativeFindings = 0;
  for (const testCase of [...positives, ...negatives.map((c) => ({ ...c, classes: [] }))]) {
    const findings = findingsOf(testCase.text);
    const rules = new Set(findings.map((finding) => finding.rule));
    const classes = new Set(findings.map((finding) => finding.class));
    if (testCase.classes.length === 0) negativeFindings += findings.length;
    if (testCase.rule) {
      const stats = perRule.get(testCase.rule);
      stats.cases++;
      if (rules.has(testCase.rule)) stats.caught++;
      else misses.push(testCase.id);
    }
    const primary = testCase.classes[0];
    if (primary) {
      perClass.get(primary).cases++;
      if (classes.has(primary)) perClass.get(primary).caught++;
      else if (!testCase.rule) misses.push(testCase.id);
    }
    for (const rule of RULES.filter((candidate) => rules.has(candidate.id))) {
      const right = testCase.rule === rule.id || testCase.classes.includes(rule.class);
      perRule.get(rule.id).flagged++;
      if (!right) perRule.get(rule.id).wrong++;
    }
    for (const name of classes) {
      perClass.get(name).flagged++;
      if (!testCase.classes.includes(name)) perClass.get(name).wrong++;
    }
  }
  return { perRule, perClass, misses, negativeFindings };
}

function ownFalsePositives() {
  const hits = [];
  for (const rule of RULES) {
    for (const sample of rule.fps) {
      const docText = typeof sample === 'string' ? PLACE['free-text'](sample) : text(sample.document);
      if (scanText(docText).findings.some((finding) => finding.rule === rule.id)) hits.push(rule.id);
    }
  }
  return hits;
}

const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
const row = (name, s, width) =>
  `${name.padEnd(width)} ${String(s.cases).padStart(6)} ${percent(s.caught, s.cases).padStart(8)} ${percent(s.flagged - s.wrong, s.flagged).padStart(10)}`;
console.log(`cases: ${positives.length} positive, ${negatives.length} public-safe negatives`);
let failed = false;
for (const [label, findingsOf] of [
  ['scanText', (docText) => scanText(docText).findings],
  ['checkDocument', (docText) => checkDocument(docText).findings],
]) {
  const { perRule, perClass, misses, negativeFindings } = evaluate(findingsOf);
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  console.log(`\n${label}: per rule`);
  console.log(`${'rule'.padEnd(width)} ${'cases'.padStart(6)} ${'recall'.padStart(8)} ${'precision'.padStart(10)}`);
  for (const [id, s] of perRule) console.log(row(id, s, width));
  console.log(`\n${label}: per class`);
  for (const [name, s] of perClass) console.log(row(name, s, width));
  console.log(
    `\n${label}: ${misses.length} missed cases, ${negativeFindings} findings on ${negatives.length} negatives`,
  );
  for (const id of misses.slice(0, 20)) console.log(`  missed ${id}`);
  failed ||= misses.length > 0 || negativeFindings > 0;
}
const hits = ownFalsePositives();
console.log(`\nrules' own false positives that fired: ${hits.length}${hits.length ? ` (${hits.join(', ')})` : ''}`);
process.exitCode = failed || hits.length > 0 ? 1 : 0;

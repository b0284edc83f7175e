// Privacy-scan throughput: the built CLI against secretlint 12 (recommend preset) on ~50 MB of realistic evidence,
// plus the adversarial runs of spec §8. Usage: pnpm bench:scan [megabytes]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRandom, releaseStatus, rotationReceipt } from '../test/privacy/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_BYTES = Number(process.argv[2] ?? 50) * 1024 * 1024;
const ADVERSARIAL = ['a', 'sk-', 'eyJ.', '/', 'a@', '0a-'];
const RUN_LENGTH = 400_000;

if (!existsSync(join(root, 'dist/cli.mjs'))) {
  const built = spawnSync('npx', ['tsdown'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const { scanText } = await import(pathToFileURL(join(root, 'dist/index.mjs')).href);

const r = createRandom(7);
const SECRET_NAMES = [
  'CLOUDFLARE_API_TOKEN',
  'OPENAI_API_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'GITHUB_TOKEN',
  'R2_ACCESS_KEY_ID',
];
const PROSE = [
  'smoke passed on staging',
  'rotated {name}; Bearer tokens are never logged',
  'upload step finished; outputs verified by count only',
  'built from {sha}',
  'run https://github.com/acme/media-app/actions/runs/{run}/attempts/1 passed',
  'packet digest sha256:{digest}',
];

function detail(sha) {
  return (PROSE[r.int(PROSE.length)] ?? '')
    .replace('{name}', SECRET_NAMES[r.int(SECRET_NAMES.length)] ?? '')
    .replace('{sha}', sha)
    .replace('{run}', String(1_000_000_000 + r.int(999_999_999)))
    .replace('{digest}', r.hex(64));
}

/**
 * A release-status or rotation receipt of 5–50 KB, shaped like what the template's adapters emit. Most evidence is
 * small, so sizes lean towards 5 KB (the product of two uniform draws), giving thousands of files for 50 MB.
 */
function evidenceDocument(index) {
  const sha = r.hex(40);
  const size = 5 * 1024 + Math.floor((r.int(45 * 1024) * r.int(45 * 1024)) / (45 * 1024));
  if (index % 4 === 3) {
    const doc = rotationReceipt({ sha });
    const one = doc.secrets[0];
    const secrets = [];
    for (let n = 0; JSON.stringify(secrets).length < size; n++)
      secrets.push({ ...one, name: `${SECRET_NAMES[n % 5]}_${n}` });
    return { ...doc, secrets };
  }
  const checks = [];
  while (JSON.stringify(checks).length < size) {
    checks.push({ name: `check-${checks.length}`, status: 'passed', durationMs: r.int(90_000), detail: detail(sha) });
  }
  return { ...releaseStatus({ sha }), checks, summary: { passed: checks.length, failed: 0, skipped: 0 } };
}

/** A few planted findings, assembled at run time. */
const PLANTS = [
  () => `gh${'p_'}${r.mixed(36)}`,
  () => `AK${'IA'}${r.upper(16)}`,
  () => `s${'k_live_'}${r.mixed(24)}`,
  () => `https://user:${r.mixed(10)}@db.internal/`,
];

function generate(dir) {
  let bytes = 0;
  let files = 0;
  let planted = 0;
  while (bytes < TARGET_BYTES) {
    const doc = evidenceDocument(files);
    if (files % 250 === 0 && doc.checks) {
      doc.checks[0].detail = `note ${PLANTS[planted % PLANTS.length]()}`;
      planted++;
    }
    const text = JSON.stringify(doc, null, 2);
    const sub = join(dir, `batch-${String(Math.floor(files / 500)).padStart(3, '0')}`);
    if (files % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `evidence-${String(files).padStart(5, '0')}.json`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { bytes, files, planted };
}

/** Runs a command under /usr/bin/time -v when available, for peak RSS; returns seconds, exit code, stdout. */
function timed(command, args, options = {}) {
  const useTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = spawnSync(useTime ? '/usr/bin/time' : command, useTime ? ['-v', command, ...args] : args, {
    cwd: root,
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
    ...options,
  });
  const seconds = (performance.now() - start) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')?.[1];
  return { seconds, status: result.status, stdout: result.stdout, rssMb: rss ? Number(rss) / 1024 : undefined };
}

const mb = (bytes) => bytes / 1024 / 1024;
const dir = mkdtempSync(join(tmpdir(), 'release-evidence-scan-bench-'));
try {
  const corpus = generate(join(dir, 'evidence'));
  console.log(`generated ${corpus.files} files, ${mb(corpus.bytes).toFixed(1)} MB, ${corpus.planted} planted findings`);

  const ours = timed(process.execPath, ['bin/release-evidence.js', 'scan', join(dir, 'evidence'), '--format', 'json']);
  const report = JSON.parse(ours.stdout);
  const ourRate = mb(corpus.bytes) / ours.seconds;
  console.log(
    `release-evidence scan: ${ours.seconds.toFixed(2)} s, ${ourRate.toFixed(1)} MB/s, peak RSS ${ours.rssMb?.toFixed(0) ?? '?'} MB, ` +
      `${report.findings.length} findings in ${new Set(report.findings.map((f) => f.path)).size} files, exit ${ours.status}`,
  );

  writeFileSync(
    join(dir, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  const theirs = timed(join(root, 'node_modules/.bin/secretlint'), [
    `${dir}/evidence/**/*.json`,
    '--secretlintrc',
    join(dir, '.secretlintrc.json'),
    '--format',
    'json',
  ]);
  const theirRate = mb(corpus.bytes) / theirs.seconds;
  const theirFindings = (theirs.stdout.match(/"messageId":/g) ?? []).length;
  console.log(
    `secretlint 12 (recommend preset): ${theirs.seconds.toFixed(2)} s, ${theirRate.toFixed(1)} MB/s, peak RSS ${theirs.rssMb?.toFixed(0) ?? '?'} MB, ${theirFindings} findings, exit ${theirs.status}`,
  );
  console.log(`throughput ratio: ${(ourRate / theirRate).toFixed(1)}x (target >= 5x); peak RSS target < 300 MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`adversarial runs of ${RUN_LENGTH} characters (target < 50 ms each):`);
for (const unit of ADVERSARIAL) {
  const run = unit.repeat(Math.ceil(RUN_LENGTH / unit.length)).slice(0, RUN_LENGTH);
  const asValue = JSON.stringify({ kind: 'release-status', checks: [{ detail: run }] });
  for (const [label, text] of [
    ['string value', asValue],
    ['raw text', run],
  ]) {
    scanText(text);
    const start = performance.now();
    scanText(text);
    console.log(
      `  ${JSON.stringify(unit).padEnd(7)} as ${label.padEnd(12)} ${(performance.now() - start).toFixed(1)} ms`,
    );
  }
}

// Privacy-scan speed, in one run: the adversarial table (ms per MiB, spec §8: linear scanning), the built CLI against
// secretlint 12 (recommend preset) and gitleaks 8 (Debian trixie, fetched into a temp dir; skipped when it cannot be
// had) on ~50 MB of realistic evidence in about 1,000 files, and peak RSS for 50 MB and 200 MB corpora.
// Usage: pnpm bench:scan [megabytes]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus as cpuList, tmpdir } from 'node:os';

const cpus = () => cpuList().length;

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRandom, releaseStatus, rotationReceipt } from '../test/privacy/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_BYTES = Number(process.argv[2] ?? 50) * 1024 * 1024;
const MIB = 1024 * 1024;
const ADVERSARIAL = [
  'eyJ-',
  'sk-',
  'a@',
  '%41',
  'eyJ.',
  'a',
  '/',
  '0a-',
  'a=',
  'a:',
  'token=$',
  'a:// ',
  '\u200b',
  '\n',
  '-u=a:',
  'authorization=',
  '/uploads/.p',
];

if (!existsSync(join(root, 'dist/cli.mjs'))) {
  const built = spawnSync('npx', ['tsdown'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const { RULES, scanText } = await import(pathToFileURL(join(root, 'dist/privacy.mjs')).href);

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
 * A release-status or rotation receipt of 5–95 KB (about 50 KB on average, so 50 MB is about 1,000 files), shaped
 * like what the template's adapters emit.
 */
function evidenceDocument(index) {
  const sha = r.hex(40);
  const size = 5 * 1024 + r.int(90 * 1024);
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

function generate(dir, targetBytes) {
  let bytes = 0;
  let files = 0;
  let planted = 0;
  while (bytes < targetBytes) {
    const doc = evidenceDocument(files);
    if (files % 50 === 0 && doc.checks) {
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

/** gitleaks 8 from Debian trixie via a private apt configuration in `dir` (toolchain.md); undefined when unavailable. */
function fetchGitleaks(dir) {
  const sources = '/etc/apt/sources.list.d/debian.sources';
  const uri = existsSync(sources) ? /URIs:\s*(\S+)/.exec(readFileSync(sources, 'utf8'))?.[1] : undefined;
  if (!uri) return undefined;
  for (const sub of ['lists/partial', 'cache/archives/partial', 'deb']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, 'trixie.sources'),
    `Types: deb\nURIs: ${uri}\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
  );
  const apt = [
    ...['-o', `Dir::Etc::SourceList=${join(dir, 'trixie.sources')}`, '-o', 'Dir::Etc::SourceParts=/dev/null'],
    ...['-o', `Dir::State::Lists=${join(dir, 'lists')}`, '-o', `Dir::Cache=${join(dir, 'cache')}`],
  ];
  const run = (command, args, cwd) => spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180_000 }).status;
  if (run('apt-get', [...apt, 'update'], dir) !== 0) return undefined;
  if (run('apt-get', [...apt, 'download', 'gitleaks'], join(dir, 'deb')) !== 0) return undefined;
  const deb = readdirSync(join(dir, 'deb')).find((name) => name.endsWith('.deb'));
  if (!deb || run('dpkg-deb', ['-x', join(dir, 'deb', deb), join(dir, 'root')], dir) !== 0) return undefined;
  const binary = join(dir, 'root/usr/bin/gitleaks');
  return existsSync(binary) ? { binary, version: deb.split('_')[1] } : undefined;
}

console.log(
  `adversarial inputs of 1 MiB, best of 3 warm runs, ms per MiB (target < 100; machine: ${cpus()} cores, shared):`,
);
const runOf = (unit) => unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);
// V8 interprets a regex before it compiles it to machine code, so the first runs are slower: the best of three runs
// after two warm-up runs is the steady state.
function msPerMib(text) {
  scanText(text);
  scanText(text);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    scanText(text);
    best = Math.min(best, performance.now() - start);
  }
  return (best * MIB) / text.length;
}
let base64 = '';
while (base64.length < MIB) base64 += r.base64(4096);
const fixed = [
  ...ADVERSARIAL.map((unit) => [JSON.stringify(unit), runOf(unit)]),
  ['long base64', base64.slice(0, MIB)],
];
console.log(`  ${'input'.padEnd(30)} ${'string value'.padStart(12)} ${'raw text'.padStart(10)}`);
for (const [label, run] of fixed) {
  const value = msPerMib(JSON.stringify({ kind: 'release-status', checks: [{ detail: run }] }));
  console.log(`  ${label.padEnd(30)} ${value.toFixed(1).padStart(12)} ${msPerMib(run).toFixed(1).padStart(10)}`);
}
// Long runs of each keyword, with every keyword once in front, so every rule's prefilter passes.
const keywords = [...new Set(RULES.flatMap((rule) => rule.keywords ?? []))];
const lead = `${keywords.join(' ')} `;
const keywordRows = keywords.map((keyword) => [keyword, msPerMib(JSON.stringify({ detail: lead + runOf(keyword) }))]);
keywordRows.sort((a, b) => b[1] - a[1]);
const median = keywordRows[Math.floor(keywordRows.length / 2)]?.[1] ?? 0;
console.log(
  `  runs of each of ${keywords.length} keywords (string value, every prefilter passing): median ${median.toFixed(1)}, worst ${keywordRows
    .slice(0, 5)
    .map(([keyword, ms]) => `${JSON.stringify(keyword)} ${ms.toFixed(1)}`)
    .join(', ')}`,
);

// One string that trips every content rule at once, padded to 1 MiB: a finding's work must not grow with the length of
// the string it is in (reading the string's raw form once per finding did: 217–432 ms here, before it was read once).
const samples = RULES.flatMap((rule) => rule.tps.filter((sample) => typeof sample === 'string'));
const everyRule = `${samples.join(' ')} ${' pad'.repeat(MIB / 4)}`.slice(0, MIB);
console.log(
  `  every rule's ${samples.length} string samples in one string (string value): ${msPerMib(JSON.stringify({ detail: everyRule })).toFixed(1)}`,
);

// Documents whose cost grew with findings times duplicates, or with every string's path: 1 MiB of duplicate members
// beside findings (each finding was tested against every duplicate: 8.7 s), and strings 60 names of 8 KiB deep (each
// string's pointer was built and hashed, and each name above it compared in full in the key cache: 4.6 s to > 60 s).
const fill = (bytes, item) => {
  const items = [];
  for (let length = 0; length < bytes; length += items[items.length - 1].length + 1) items.push(item(items.length));
  return items.join(',');
};
const deepNames = (inner) => {
  const name = 'n'.repeat(Math.floor(MIB / 2 / 62));
  let open = '';
  for (let level = 0; level < 60; level++) open += `{"${name}${level}":`;
  return `${open}${inner}${'}'.repeat(60)}`;
};
const structural = [
  [
    'duplicates beside findings',
    `{"d":{${fill(MIB / 2, () => '"a":1')}},"f":[${fill(MIB / 2, (n) => `"a@b${n % 10}.co"`)}]}`,
  ],
  ['kinds 60 long names deep', deepNames(`[${fill(MIB / 2, () => '{"kind":"a"}')}]`)],
  ['extensions 60 long names deep', deepNames(`{"extensions":[${fill(MIB / 2, () => '"ab"')}]}`)],
];
for (const [label, text] of structural) console.log(`  ${label.padEnd(30)} ${msPerMib(text).toFixed(1).padStart(12)}`);

const dir = mkdtempSync(join(tmpdir(), 'release-evidence-scan-bench-'));
try {
  const corpus = generate(join(dir, 'evidence'), TARGET_BYTES);
  console.log(
    `\ngenerated ${corpus.files} files, ${mb(corpus.bytes).toFixed(1)} MB, ${corpus.planted} planted findings`,
  );
  const scanArgs = (path) => ['bin/release-evidence.js', 'scan', path, '--format', 'json'];
  const ours = timed(process.execPath, scanArgs(join(dir, 'evidence')));
  const report = JSON.parse(ours.stdout);
  const ourRate = mb(corpus.bytes) / ours.seconds;
  console.log(
    `release-evidence scan: ${ours.seconds.toFixed(2)} s, ${ourRate.toFixed(1)} MB/s (target >= 35), peak RSS ${ours.rssMb?.toFixed(0) ?? '?'} MB (target <= 120), ` +
      `${report.findings.length} findings in ${new Set(report.findings.map((f) => f.path)).size} files, exit ${ours.status}`,
  );
  const oneThread = { env: { ...process.env, RELEASE_EVIDENCE_THREADS: '1' } };
  const single = timed(process.execPath, scanArgs(join(dir, 'evidence')), oneThread);
  console.log(
    `  the same on one thread (RELEASE_EVIDENCE_THREADS=1): ${single.seconds.toFixed(2)} s, ${(mb(corpus.bytes) / single.seconds).toFixed(1)} MB/s, peak RSS ${single.rssMb?.toFixed(0) ?? '?'} MB; ` +
      `worker threads ${(single.seconds / ours.seconds).toFixed(2)}x, identical output: ${single.stdout === ours.stdout}`,
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
  console.log(`  throughput ratio: ${(ourRate / theirRate).toFixed(1)}x secretlint (target >= 10x)`);

  const gitleaks = fetchGitleaks(join(dir, 'gitleaks'));
  if (gitleaks) {
    const reportPath = join(dir, 'gitleaks.json');
    const leaks = timed(gitleaks.binary, [
      ...['detect', '--no-git', '--source', join(dir, 'evidence'), '--report-format', 'json'],
      ...['--report-path', reportPath, '--exit-code', '0', '--no-banner'],
    ]);
    const found = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8') || '[]').length : '?';
    console.log(
      `gitleaks ${gitleaks.version}: ${leaks.seconds.toFixed(2)} s, ${(mb(corpus.bytes) / leaks.seconds).toFixed(1)} MB/s, peak RSS ${leaks.rssMb?.toFixed(0) ?? '?'} MB, ${found} findings, exit ${leaks.status}`,
    );
    console.log(`  wall-time ratio: ${(leaks.seconds / ours.seconds).toFixed(2)}x gitleaks (target >= 3x)`);
  } else {
    console.log('gitleaks: skipped (Debian trixie package unavailable here)');
  }

  rmSync(join(dir, 'evidence'), { recursive: true, force: true });
  const large = generate(join(dir, 'large'), TARGET_BYTES * 4);
  const big = timed(process.execPath, scanArgs(join(dir, 'large')));
  console.log(
    `release-evidence scan of ${large.files} files, ${mb(large.bytes).toFixed(0)} MB: ${big.seconds.toFixed(2)} s, ${(mb(large.bytes) / big.seconds).toFixed(1)} MB/s, peak RSS ${big.rssMb?.toFixed(0) ?? '?'} MB (target <= 120)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

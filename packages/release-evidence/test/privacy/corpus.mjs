/**
 * The labelled privacy corpus (spec §8), shared by test/privacy/corpus.test.ts and bench/eval-privacy.mjs.
 *
 * Positives are a matrix: token format × placement × encoding. Negatives are public-safe documents that must pass.
 * Every token-shaped value is assembled at run time from parts and a seeded PRNG, so the repository never holds one
 * and the corpus is the same on every run.
 */

import { createRandom, ENCODERS, escapeInText, FORMATS } from './corpus-formats.mjs';

export const PLACEMENTS = ['free-text', 'extensions-value', 'extensions-key', 'shadowed', 'label', 'secret-name'];
export const ENCODINGS = Object.keys(ENCODERS);

export { createRandom, FORMATS };

const GENERATED_AT = '2026-11-20T10:00:00Z';

function subject(sha) {
  return {
    repository: 'acme/media-app',
    branch: 'main',
    commitSha: sha,
    workflowRun: { workflow: 'release.yml', runId: 9876543210, runAttempt: 1 },
  };
}

/** A valid `release-status` (stage source); `extra` is merged into its first check. */
export function releaseStatus({ sha, check = {}, extensions, id = 'source-status-main' }) {
  const checks = [
    { name: 'unit-tests', status: 'passed', durationMs: 1200, detail: 'all suites passed', ...check },
    { name: 'lint', status: 'passed', durationMs: 300 },
  ];
  const doc = {
    contract: 'release-evidence/v1',
    kind: 'release-status',
    id,
    generatedAt: GENERATED_AT,
    subject: subject(sha),
    producer: { adapter: 'source-status', version: '1.2.0' },
    stage: 'source',
    checks,
    summary: { passed: 2, failed: 0, skipped: 0 },
    conclusion: 'success',
  };
  return extensions ? { ...doc, extensions } : doc;
}

/** A valid `secret-rotation-receipt` for production. */
export function rotationReceipt({ sha, name = 'CLOUDFLARE_API_TOKEN', extensions }) {
  const doc = {
    contract: 'release-evidence/v1',
    kind: 'secret-rotation-receipt',
    id: 'rotation-2026-11',
    generatedAt: GENERATED_AT,
    subject: subject(sha),
    producer: { adapter: 'secret-sync' },
    environment: 'production',
    secrets: [
      {
        name,
        store: 'github-environment',
        before: { updatedAt: '2026-08-01T09:00:00Z' },
        after: { updatedAt: '2026-11-19T09:00:00Z' },
        preflight: 'passed',
        nextSafeCommand: 'pnpm secrets:verify --env production',
      },
    ],
    preflight: { status: 'passed', checkedAt: '2026-11-19T09:05:00Z' },
  };
  return extensions ? { ...doc, extensions } : doc;
}

const text = (doc) => JSON.stringify(doc, null, 2);
const SHADOW_MARK = 'shadowed-placeholder';

const PLACE = {
  'free-text': (value, sha) => text(releaseStatus({ sha, check: { detail: `rotation note: ${value} (see runbook)` } })),
  'extensions-value': (value, sha) => text(releaseStatus({ sha, extensions: { 'x-notes': `observed ${value}` } })),
  'extensions-key': (value, sha) => text(releaseStatus({ sha, extensions: { 'x-meta': { [value]: 'present' } } })),
  // The first `detail` member is shadowed by a second one: JSON.parse keeps only "ok".
  shadowed: (value, sha) =>
    text(releaseStatus({ sha, check: { detail: SHADOW_MARK } })).replace(
      `"detail": "${SHADOW_MARK}"`,
      `"detail": ${JSON.stringify(value)}, "detail": "ok"`,
    ),
  label: (value, sha) => text(releaseStatus({ sha, check: { name: value } })),
  'secret-name': (value, sha) => text(rotationReceipt({ sha, name: value })),
};

/** Context cases: findings that come from where a value stands, not from its shape. */
function contextCases(r, sha) {
  const receipt = (extensions) => text(rotationReceipt({ sha, extensions }));
  const status = (extensions) => text(releaseStatus({ sha, extensions }));
  return [
    ['secret-key-value', 'credential', status({ 'x-deploy': { apiKey: r.lower(16) } })],
    ['webhook-secret-value', 'credential', status({ 'x-webhook-secret': `rotated-${r.lower(10)}` })],
    ['client-secret-value', 'credential', status({ 'x-oauth': { client_secret: r.lower(20) } })],
    ['token-fingerprint', 'credential', receipt({ 'x-rotation': { tokenSha256: r.hex(64) } })],
    ['secret-last4', 'credential', receipt({ 'x-rotation': { last4: r.digits(4) } })],
    ['receipt-hex-fingerprint', 'credential', receipt({ 'x-previous': r.hex(64) })],
    ['identity-key-number', 'identity', status({ 'x-actor': { userId: 100000 + r.int(900000) } })],
    ['identity-key-kebab', 'identity', status({ 'x-workspace-id': `ws-${r.lower(6)}` })],
    ['identity-key-login', 'identity', status({ 'x-review': { login: r.lower(8) } })],
    ['provider-key', 'provider', status({ 'x-provider': { predictionId: r.lower(26) } })],
  ].map(([format, cls, docText]) => ({
    id: `context/${format}`,
    format,
    classes: [cls],
    placement: 'context',
    encoding: 'plain',
    planted: [],
    text: docText,
  }));
}

/** Public-safe documents: none may produce a finding, and each is a valid contract document. */
function negativeCases(r) {
  const cases = [];
  const add = (family, doc) => cases.push({ id: `negative/${family}/${cases.length}`, family, text: text(doc) });
  const secretNames = [
    'CLOUDFLARE_API_TOKEN',
    'OPENAI_API_KEY',
    'ANTHROPIC_API_KEY',
    'STRIPE_WEBHOOK_SECRET',
    'GITHUB_TOKEN',
    'NPM_TOKEN',
    'HF_TOKEN',
    'REPLICATE_API_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'SLACK_BOT_TOKEN',
    'SESSION_SECRET',
    'DATABASE_PASSWORD',
    'R2_ACCESS_KEY_ID',
    'JWT_SIGNING_KEY',
  ];
  const prose = [
    'Bearer tokens are never logged by the smoke runner',
    'rotated the API key for staging; the old key was revoked',
    'secret values stay in Secrets Store and are never read',
    'upload step finished in 3.2 s',
    'token budget: 1200 input tokens and 300 output tokens',
    'key rotation is due in 7 days',
    'webhook secret rotated and the previous secret revoked',
    'upload to the outputs bucket passed',
    'the session cookie is httpOnly and secure',
    'basic checks passed; bearer auth verified',
    'signature verification passed for the webhook',
    'private key material never leaves the HSM',
    'password reset flow smoke-tested',
    'credentials are injected by the platform at runtime',
    'authorization header is stripped before logging',
  ];
  for (let index = 0; index < 12; index++) {
    const sha = r.hex(index % 2 === 0 ? 40 : 64);
    add('own-commit-sha', releaseStatus({ sha, check: { detail: `built from ${sha}` } }));
  }
  for (let index = 0; index < 10; index++) {
    add('other-commit-sha', releaseStatus({ sha: r.hex(40), check: { detail: `reverts ${r.hex(40)}` } }));
  }
  for (let index = 0; index < 10; index++) {
    add('digest', releaseStatus({ sha: r.hex(40), check: { detail: `packet digest sha256:${r.hex(64)}` } }));
  }
  for (const name of secretNames) add('secret-name', rotationReceipt({ sha: r.hex(40), name }));
  for (const name of secretNames.slice(0, 8)) {
    add('secret-name-text', releaseStatus({ sha: r.hex(40), check: { detail: `rotated ${name} for production` } }));
  }
  for (let index = 0; index < 10; index++) {
    const runId = 1000000000 + r.int(999999999);
    const url = `https://github.com/acme/media-app/actions/runs/${runId}/attempts/${1 + r.int(3)}`;
    add('workflow-run', releaseStatus({ sha: r.hex(40), check: { detail: `run ${runId}: ${url}` } }));
  }
  for (let index = 0; index < 8; index++) {
    const day = String(1 + r.int(28)).padStart(2, '0');
    add(
      'timestamp',
      releaseStatus({ sha: r.hex(40), check: { detail: `checked at 2026-11-${day}T0${r.int(9)}:15:30.250Z` } }),
    );
  }
  const labels = [
    'image-safety-review',
    'primary-db',
    'media',
    'staging-smoke',
    'provider-canary.v2',
    'user-onboarding-flow',
  ];
  for (const name of labels) add('label', releaseStatus({ sha: r.hex(40), check: { name } }));
  for (const detail of prose) add('prose', releaseStatus({ sha: r.hex(40), check: { detail } }));
  for (const host of ['staging.example.com', 'staging.media-app.example.org:8443', 'preview.example.net']) {
    const doc = releaseStatus({ sha: r.hex(40) });
    add('origin', { ...doc, stage: 'staging', origin: { environment: 'staging', url: `https://${host}/` } });
  }
  for (let index = 0; index < 6; index++) {
    add(
      'extensions-counts',
      releaseStatus({
        sha: r.hex(40),
        extensions: { 'x-usage': { inputTokens: 1200 + index, outputTokens: 300, tokenBudget: 5000, cacheHit: true } },
      }),
    );
  }
  for (let index = 0; index < 6; index++) {
    add(
      'extensions-public',
      releaseStatus({
        sha: r.hex(40),
        extensions: {
          'x-notes': prose[index] ?? '',
          'x-secret-name': secretNames[index] ?? '',
          'x-run-url': 'https://github.com/acme/media-app/actions/runs/42',
        },
      }),
    );
  }
  // Public-safe shapes that look like secrets at a glance: integrity strings, placeholders, names and run ids.
  for (let index = 0; index < 6; index++) {
    const integrity = `sha512-${btoa(String.fromCharCode(...Array.from({ length: 64 }, () => r.int(256))))}`;
    add('integrity', releaseStatus({ sha: r.hex(40), check: { detail: `lockfile integrity ${integrity}` } }));
  }
  const placeholders = [
    `gh${'p_'}${'x'.repeat(36)}`,
    `AK${'IA'}${'X'.repeat(16)}`,
    `AK${'IA'}IOSFODNN7${'EXAMPLE'}`,
    `s${'k_live_'}${'0'.repeat(24)}`,
    `xo${'xb-'}${'0'.repeat(12)}-${'x'.repeat(24)}`,
    `-----BEGIN ${'PRIVATE'} KEY-----\n-----END ${'PRIVATE'} KEY-----`,
    'static int hf_tokenizer_load_vocabulary_file(void);',
    'hf_LoadPretrainedModelFromHubConfigs',
    `DEPLOY_TOKEN=${'${{'} secrets.DEPLOY_TOKEN }}`,
    'export GITHUB_TOKEN=$GITHUB_TOKEN',
  ];
  for (const value of placeholders) add('placeholder', releaseStatus({ sha: r.hex(40), check: { detail: value } }));
  for (let index = 0; index < 6; index++) {
    const runId = 1000000000 + r.int(999999999);
    add(
      'run-id',
      releaseStatus({ sha: r.hex(40), check: { detail: `workflow run ${runId}, attempt 2, job ${runId + 7}` } }),
    );
  }
  return cases;
}

/** Builds the whole corpus; the same seed gives the same bytes. */
export function buildCorpus(seed = 20261125) {
  const r = createRandom(seed);
  const sha = r.hex(40);
  const positives = [];
  for (const [format, cls, generate] of FORMATS) {
    const classes = Array.isArray(cls) ? cls : [cls];
    for (const placement of PLACEMENTS) {
      for (const encoding of ENCODINGS) {
        const token = generate(r);
        const value = ENCODERS[encoding](token);
        let docText = PLACE[placement](value, sha);
        if (encoding === 'u-escape') docText = escapeInText(docText, value);
        positives.push({
          id: `${format}/${placement}/${encoding}`,
          format,
          classes,
          placement,
          encoding,
          planted: [...new Set([token, value])],
          text: docText,
        });
      }
    }
  }
  positives.push(...contextCases(r, sha));
  return { positives, negatives: negativeCases(r) };
}

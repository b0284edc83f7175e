/**
 * The labelled privacy corpus (spec §8), shared by test/privacy/corpus.test.ts and bench/eval-privacy.mjs.
 *
 * Positives are a matrix: token format × placement × encoding. Negatives are public-safe documents that must pass.
 * Every token-shaped value is assembled at run time from parts and a seeded PRNG, so the repository never holds one
 * and the corpus is the same on every run.
 */

export const PLACEMENTS = ['free-text', 'extensions-value', 'extensions-key', 'shadowed', 'label', 'secret-name'];
export const ENCODINGS = ['plain', 'percent', 'base64', 'u-escape', 'zero-width', 'fullwidth'];

/** mulberry32: small, seedable, good enough to vary test data. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const from = (alphabet, length) => {
    let out = '';
    for (let index = 0; index < length; index++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const UPPER = LOWER.toUpperCase();
  const DIGITS = '0123456789';
  return {
    int: (max) => Math.floor(next() * max),
    from,
    hex: (length) => from('0123456789abcdef', length),
    lower: (length) => from(LOWER, length),
    upper: (length) => from(UPPER + DIGITS, length),
    digits: (length) => from(DIGITS, length),
    base64: (length) => from(`${UPPER}${LOWER}${DIGITS}+/`, length),
    /** Alphanumeric with at least one upper-case letter, one digit and one lower-case letter, as real tokens have. */
    mixed: (length) => from(UPPER + LOWER + DIGITS, length - 3) + from(UPPER, 1) + from(DIGITS, 1) + from(LOWER, 1),
  };
}

const base64url = (text) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`;

/** Token formats: id, class (plus classes its shape also carries), and a generator. */
export const FORMATS = [
  ['cloudflare-user-token', 'credential', (r) => `cf${'ut_'}${r.mixed(40)}`],
  ['cloudflare-account-token', 'credential', (r) => `cf${'at_'}${r.mixed(40)}`],
  ['cloudflare-key-token', 'credential', (r) => `cf${'k_'}${r.mixed(40)}`],
  ['cloudflare-legacy-token', 'credential', (r) => `CLOUDFLARE_API_${'TOKEN'}: ${r.mixed(40)}`],
  ['cloudflare-global-key', 'credential', (r) => `X-Auth-${'Key'}: ${r.hex(37)}`],
  ['cloudflare-origin-ca-key', 'credential', (r) => `v1${'.0-'}${r.hex(24)}-${r.hex(146)}`],
  ['github-pat', 'credential', (r) => `gh${'p_'}${r.mixed(36)}`],
  ['github-oauth', 'credential', (r) => `gh${'o_'}${r.mixed(36)}`],
  ['github-user', 'credential', (r) => `gh${'u_'}${r.mixed(36)}`],
  ['github-server', 'credential', (r) => `gh${'s_'}${r.mixed(36)}`],
  ['github-refresh', 'credential', (r) => `gh${'r_'}${r.mixed(36)}`],
  ['github-fine-grained', 'credential', (r) => `github${'_pat_'}${r.mixed(22)}_${r.mixed(59)}`],
  ['aws-access-key-id', 'credential', (r) => `AK${'IA'}${r.upper(16)}`],
  ['aws-secret-key', 'credential', (r) => `aws_secret_access_${'key'} = ${r.base64(40)}`],
  ['openai-key', 'credential', (r) => `s${'k-'}${r.mixed(48)}`],
  ['openai-project-key', 'credential', (r) => `s${'k-proj-'}${r.mixed(64)}`],
  ['openai-service-key', 'credential', (r) => `s${'k-svcacct-'}${r.mixed(64)}`],
  ['openai-admin-key', 'credential', (r) => `s${'k-admin-'}${r.mixed(64)}`],
  ['anthropic-key', 'credential', (r) => `s${'k-ant-api03-'}${r.mixed(93)}AA`],
  ['stripe-live-secret', 'credential', (r) => `s${'k_live_'}${r.mixed(24)}`],
  ['stripe-test-secret', 'credential', (r) => `s${'k_test_'}${r.mixed(24)}`],
  ['stripe-live-restricted', 'credential', (r) => `r${'k_live_'}${r.mixed(24)}`],
  ['stripe-test-restricted', 'credential', (r) => `r${'k_test_'}${r.mixed(24)}`],
  ['stripe-webhook-secret', 'credential', (r) => `wh${'sec_'}${r.mixed(32)}`],
  ['slack-bot-token', 'credential', (r) => `xo${'xb-'}${r.digits(12)}-${r.digits(12)}-${r.mixed(24)}`],
  ['slack-user-token', 'credential', (r) => `xo${'xp-'}${r.digits(12)}-${r.digits(12)}-${r.mixed(32)}`],
  ['slack-webhook', 'credential', (r) => `https://hooks.${'slack.com'}/services/T${r.upper(8)}/B${r.upper(8)}/${r.mixed(24)}`],
  ['npm-token', 'credential', (r) => `np${'m_'}${r.mixed(36)}`],
  ['google-api-key', 'credential', (r) => `AI${'za'}${r.mixed(35)}`],
  ['replicate-token', 'credential', (r) => `r8${'_'}${r.mixed(37)}`],
  ['huggingface-token', 'credential', (r) => `h${'f_'}${r.mixed(34)}`],
  [
    'jwt',
    'credential',
    (r) => `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(`{"sub":"${r.lower(8)}","iat":1700000000}`)}.${r.mixed(43)}`,
  ],
  ['pem-private-key', 'credential', (r) => `-----BEGIN RSA ${'PRIVATE'} KEY-----\n${r.base64(64)}\n-----END RSA ${'PRIVATE'} KEY-----`],
  ['bearer-authorization', 'credential', (r) => `Authorization: ${'Bearer'} ${r.mixed(40)}`],
  ['basic-authorization', 'credential', (r) => `Authorization: ${'Basic'} ${btoa(`deploy:${r.mixed(18)}`)}`],
  ['secret-assignment', 'credential', (r) => `DEPLOY_${'TOKEN'}=${r.mixed(24)}`],
  ['uuid', 'identity', (r) => uuid(r)],
  ['cloudflare-account-id', 'identity', (r) => r.hex(32)],
  ['stripe-customer-id', 'identity', (r) => `cus${'_'}${r.mixed(14)}`],
  ['prefixed-user-id', 'identity', (r) => `user${'_'}${r.mixed(16)}`],
  ['email-address', 'identity', (r) => `${r.lower(5)}.${r.lower(6)}@${r.lower(7)}.com`],
  ['r2-uri', 'storage', (r) => `r2://${r.lower(6)}-media/uploads/${r.hex(8)}.png`],
  ['s3-uri', 'storage', (r) => `s3://${r.lower(8)}/outputs/${r.lower(6)}.webp`],
  ['r2-s3-endpoint', ['storage', 'identity'], (r) => `https://${r.hex(32)}.r2.cloudflarestorage.com/${r.lower(6)}`],
  ['r2-public-bucket', ['storage', 'identity'], (r) => `https://pub-${r.hex(32)}.r2.dev/${r.lower(5)}.jpg`],
  ['upload-object-key', 'storage', (r) => `uploads/${r.lower(10)}/${r.hex(12)}.png`],
  ['output-object-key', 'storage', (r) => `outputs/2026/11/${r.lower(8)}.mp4`],
  ['cf-ray-id', 'provider', (r) => `${r.hex(16)}-${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}`],
  ['ai-gateway-header', 'provider', (r) => `cf-aig-log-id: ${r.lower(4)}${r.digits(6)}`],
  ['ai-gateway-url', ['provider', 'identity'], (r) => `https://gateway.ai.${'cloudflare.com'}/v1/${r.hex(32)}/media-gw/openai`],
  ['provider-request-id', 'provider', (r) => `req${'_'}${r.mixed(24)}`],
  ['openai-completion-id', 'provider', (r) => `chatcmpl-${r.mixed(29)}`],
  ['data-url', 'media', (r) => `data:image/png;base64,${'iVBOR'}w0KGgo${r.base64(40)}`],
  ['png-base64', 'media', (r) => `${'iVBOR'}w0KGgoAAAANSUhEUgAA${r.base64(60)}`],
  ['jpeg-base64', 'media', (r) => `/9j/4AAQSkZJRgABAQ${r.base64(60)}`],
  ['base64-blob', 'media', (r) => r.base64(1100)],
  ['url-userinfo', 'private-url', (r) => `https://deploy:${r.mixed(12)}@api.${r.lower(6)}.com/`],
  ['url-amz-signature', 'private-url', (r) => `https://cdn.${r.lower(6)}.com/a.txt?X-Amz-Signature=${r.hex(64)}`],
  ['url-token-query', ['private-url', 'credential'], (r) => `https://api.${r.lower(6)}.com/v1/items?token=${r.mixed(20)}`],
  ['url-localhost', 'private-url', (r) => `http://localhost:${8000 + r.int(999)}/health`],
  ['url-private-ip', 'private-url', (r) => `http://10.${r.int(255)}.${r.int(255)}.${r.int(255)}:8080/status`],
  ['url-link-local', 'private-url', (r) => `http://169.254.169.${r.int(255)}/latest/meta-data`],
  ['url-internal-host', 'private-url', (r) => `https://api.${r.lower(6)}.internal/status`],
  ['url-local-host', 'private-url', (r) => `http://${r.lower(7)}.local/`],
];

const FULLWIDTH_OFFSET = 0xfee0;
const ENCODERS = {
  plain: (token) => token,
  percent: (token) =>
    [...new TextEncoder().encode(token)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  base64: (token) => btoa(token),
  // The value is plain; the JSON text writes it with \u escapes (see escapeInText).
  'u-escape': (token) => token,
  'zero-width': (token) => [...token].map((char, index) => char + (index % 2 === 0 ? '\u200b' : '\u2066')).join(''),
  fullwidth: (token) =>
    [...token]
      .map((char) => {
        const code = char.charCodeAt(0);
        return code > 0x20 && code < 0x7f ? String.fromCharCode(code + FULLWIDTH_OFFSET) : char;
      })
      .join(''),
};

function escapeInText(text, value) {
  const plain = JSON.stringify(value).slice(1, -1);
  const escaped = [...value].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return text.replaceAll(plain, escaped);
}

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
    add('timestamp', releaseStatus({ sha: r.hex(40), check: { detail: `checked at 2026-11-${day}T0${r.int(9)}:15:30.250Z` } }));
  }
  const labels = ['image-safety-review', 'primary-db', 'media', 'staging-smoke', 'provider-canary.v2', 'user-onboarding-flow'];
  for (const name of labels) add('label', releaseStatus({ sha: r.hex(40), check: { name } }));
  for (const detail of prose) add('prose', releaseStatus({ sha: r.hex(40), check: { detail } }));
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
        extensions: { 'x-notes': prose[index] ?? '', 'x-secret-name': secretNames[index] ?? '', 'x-run-url': 'https://github.com/acme/media-app/actions/runs/42' },
      }),
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

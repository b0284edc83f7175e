/**
 * Token formats and encodings of the labelled privacy corpus (see corpus.mjs). Every token-shaped value is assembled
 * at run time from parts and a seeded PRNG, so the repository never holds one.
 */

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
  ['slack-app-token', 'credential', (r) => `xa${'pp-'}1-A${r.upper(10)}-${r.digits(13)}-${r.hex(64)}`],
  [
    'slack-webhook',
    'credential',
    (r) => `https://hooks.${'slack.com'}/services/T${r.upper(8)}/B${r.upper(8)}/${r.mixed(24)}`,
  ],
  ['npm-token', 'credential', (r) => `np${'m_'}${r.mixed(36)}`],
  ['google-api-key', 'credential', (r) => `AI${'za'}${r.mixed(35)}`],
  ['replicate-token', 'credential', (r) => `r8${'_'}${r.mixed(37)}`],
  ['huggingface-token', 'credential', (r) => `h${'f_'}${r.mixed(34)}`],
  [
    'jwt',
    'credential',
    (r) =>
      `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(`{"sub":"${r.lower(8)}","iat":1700000000}`)}.${r.mixed(43)}`,
  ],
  [
    'pem-private-key',
    'credential',
    (r) => `-----BEGIN RSA ${'PRIVATE'} KEY-----\n${r.base64(64)}\n-----END RSA ${'PRIVATE'} KEY-----`,
  ],
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
  [
    'ai-gateway-url',
    ['provider', 'identity'],
    (r) => `https://gateway.ai.${'cloudflare.com'}/v1/${r.hex(32)}/media-gw/openai`,
  ],
  ['provider-request-id', 'provider', (r) => `req${'_'}${r.mixed(24)}`],
  ['openai-completion-id', 'provider', (r) => `chatcmpl-${r.mixed(29)}`],
  ['data-url', 'media', (r) => `data:image/png;base64,${'iVBOR'}w0KGgo${r.base64(40)}`],
  ['png-base64', 'media', (r) => `${'iVBOR'}w0KGgoAAAANSUhEUgAA${r.base64(60)}`],
  ['jpeg-base64', 'media', (r) => `/9j/4AAQSkZJRgABAQ${r.base64(60)}`],
  ['base64-blob', 'media', (r) => r.base64(1100)],
  ['url-userinfo', 'private-url', (r) => `https://deploy:${r.mixed(12)}@api.${r.lower(6)}.com/`],
  ['url-amz-signature', 'private-url', (r) => `https://cdn.${r.lower(6)}.com/a.txt?X-Amz-Signature=${r.hex(64)}`],
  [
    'url-token-query',
    ['private-url', 'credential'],
    (r) => `https://api.${r.lower(6)}.com/v1/items?token=${r.mixed(20)}`,
  ],
  ['url-localhost', 'private-url', (r) => `http://localhost:${8000 + r.int(999)}/health`],
  ['url-private-ip', 'private-url', (r) => `http://10.${r.int(255)}.${r.int(255)}.${r.int(255)}:8080/status`],
  ['url-link-local', 'private-url', (r) => `http://169.254.169.${r.int(255)}/latest/meta-data`],
  ['url-internal-host', 'private-url', (r) => `https://api.${r.lower(6)}.internal/status`],
  ['url-local-host', 'private-url', (r) => `http://${r.lower(7)}.local/`],
];

const FULLWIDTH_OFFSET = 0xfee0;
export const ENCODERS = {
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

export function escapeInText(text, value) {
  const plain = JSON.stringify(value).slice(1, -1);
  const escaped = [...value].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return text.replaceAll(plain, escaped);
}

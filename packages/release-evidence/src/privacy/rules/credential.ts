import { defineRules, TOKEN_START } from './define.js';
import { samples } from './sample.js';

/*
 * Token formats of the providers the contract names (spec §8). Each starts at a documented prefix or behind a
 * lookbehind, and every quantifier is bounded, so a long run of matching characters is tried once.
 */

const s = samples('credential');
const hasDigit = (match: RegExpExecArray) => /[0-9]/.test(match[0]);
const pad = (char: string, length: number) => char.repeat(length);
const pem = (kind: string, body: string) =>
  `-----BEGIN ${kind}PRI${'VATE KEY'}-----\n${body}-----END ${kind}PRI${'VATE KEY'}-----`;
const jwtPart = (json: string) => btoa(json).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

export const CREDENTIAL_RULES = defineRules('credential', [
  {
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    description: 'A Cloudflare user, account or key token (cfut_, cfat_, cfk_ prefixes).',
    keywords: ['cfut_', 'cfat_', 'cfk_'],
    redactPrefix: true,
    pattern: new RegExp(`${TOKEN_START}(?:cfut|cfat|cfk)_[A-Za-z0-9_-]{40,120}`),
    tps: [`cf${'ut_'}${s.alnum(40)}`, `cf${'at_'}${s.alnum(40)}`, `cf${'k_'}${s.alnum(48)}`],
    fps: [`cf${'ut_'}${s.alnum(20)}`, `cf${'ut_'}${pad('x', 40)}`],
  },
  {
    id: 'cloudflare-legacy-token',
    title: 'Cloudflare legacy API token or global API key',
    description:
      'A 37–40 character Cloudflare API token or global API key next to a Cloudflare key name or X-Auth-Key.',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'x-auth-key'],
    pattern:
      /(?:cloudflare[_ -]?(?:api[_ -]?)?(?:token|key)|cf[_-]api[_-](?:token|key)|x-auth-key)["']?[ \t]{0,3}[:= \t][ \t]{0,3}["']?(?<secret>[A-Za-z0-9_-]{37,40})(?![A-Za-z0-9_-])/i,
    tps: [
      `CLOUDFLARE_API_${'TOKEN'}: ${s.alnum(40)}`,
      `X-Auth-${'Key'}: ${s.hex(37)}`,
      `"cf_api_key": "${s.hex(37)}"`,
      `--cloudflare-api-token ${s.alnum(40)}`,
    ],
    fps: ['CLOUDFLARE_API_TOKEN is rotated monthly', `CLOUDFLARE_API_TOKEN: ${pad('x', 40)}`],
  },
  {
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    description: 'A Cloudflare Origin CA service key (v1.0- followed by hex).',
    keywords: ['v1.0-'],
    redactPrefix: true,
    pattern: /v1\.0-[0-9a-f]{24}-[0-9a-f]{140,170}/,
    tps: [`v1${'.0-'}${s.hex(24)}-${s.hex(146)}`],
    fps: ['release v1.0-rc1 shipped'],
  },
  {
    id: 'github-token',
    title: 'GitHub token',
    description: 'A GitHub personal, OAuth, user-to-server, server-to-server or refresh token.',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    redactPrefix: true,
    pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}/,
    tps: ['p', 'o', 'u', 's', 'r'].map((kind) => `gh${kind}_${s.alnum(36)}`),
    fps: [`gh${'p_'}${pad('x', 36)}`, `gh${'p_'}${pad('X', 36)}`, `gh${'p_'}${s.alnum(20)}`],
  },
  {
    id: 'github-fine-grained-token',
    title: 'GitHub fine-grained personal access token',
    description: 'A GitHub fine-grained personal access token (github_pat_).',
    keywords: ['github_pat_'],
    redactPrefix: true,
    pattern: /\bgithub_pat_[A-Za-z0-9_]{40,255}/,
    tps: [`github${'_pat_'}${s.alnum(22)}_${s.alnum(59)}`],
    fps: [`github${'_pat_'}${pad('x', 82)}`],
  },
  {
    id: 'aws-access-key-id',
    title: 'AWS access key id',
    description: 'An AWS access key id (AKIA, ASIA and related prefixes).',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AIDA', 'AROA', 'AGPA', 'ANPA', 'ANVA', 'APKA', 'AIPA'],
    redactPrefix: true,
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])/,
    tps: [`AK${'IA'}${s.upper(16)}`, `AS${'IA'}${s.upper(16)}`],
    fps: [`AK${'IA'}${pad('X', 16)}`, `AK${'IA'}IOSFODNN7${'EXAMPLE'}`, `AK${'IA'}${s.upper(10)}`],
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    description: 'A 40-character AWS secret access key next to its key name.',
    keywords: ['secret'],
    pattern:
      /(?:aws[_ -]?secret[_ -]?(?:access[_ -]?)?key|secretaccesskey)["']?[ \t]{0,3}[:= \t][ \t]{0,3}["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/i,
    tps: [
      `aws_secret_access_${'key'} = ${s.base64(40)}`,
      `"SecretAccess${'Key'}": "${s.base64(40)}"`,
      `--aws-secret-access-key ${s.base64(40)}`,
    ],
    fps: [`aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${'EXAMPLEKEY'}`, 'AWS_SECRET_ACCESS_KEY is set'],
  },
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    description: 'An Anthropic API or admin key (sk-ant-).',
    keywords: ['sk-ant-'],
    redactPrefix: true,
    pattern: new RegExp(`${TOKEN_START}sk-ant-[A-Za-z0-9_-]{20,300}`),
    tps: [`s${'k-ant-api03-'}${s.alnum(93)}AA`],
    fps: [`s${'k-ant-'}${pad('x', 40)}`],
  },
  {
    id: 'openai-api-key',
    title: 'OpenAI API key',
    description: 'An OpenAI API key (sk-, sk-proj-, sk-svcacct-, sk-admin-).',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-'],
    redactPrefix: true,
    pattern: new RegExp(`${TOKEN_START}sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,300}`),
    // Real keys always hold a digit; hyphenated words after `sk-` do not.
    accept: hasDigit,
    tps: [`s${'k-'}${s.alnum(48)}`, `s${'k-proj-'}${s.alnum(64)}`, `s${'k-svcacct-'}${s.alnum(64)}`],
    fps: ['sk-learn-and-friends-are-installed-here', `s${'k-proj-'}${pad('x', 40)}`],
  },
  {
    id: 'stripe-secret-key',
    title: 'Stripe secret or restricted key',
    description: 'A Stripe secret or restricted API key, live or test (sk_live_, sk_test_, rk_live_, rk_test_).',
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    redactPrefix: true,
    pattern: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,512}/,
    tps: [`s${'k_live_'}${s.alnum(24)}`, `r${'k_test_'}${s.alnum(24)}`, `r${'k_live_'}51${s.alnum(105)}`],
    fps: [`s${'k_live_'}${pad('0', 24)}`],
  },
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    description: 'A Stripe webhook signing secret (whsec_).',
    keywords: ['whsec_'],
    redactPrefix: true,
    pattern: /\bwhsec_[A-Za-z0-9+/=]{24,255}/,
    tps: [`wh${'sec_'}${s.alnum(32)}`],
    fps: [`wh${'sec_'}${pad('*', 32)}`],
  },
  {
    id: 'slack-token',
    title: 'Slack token',
    description: 'A Slack bot, user, app, refresh or configuration token (xoxb-, xoxp-, xoxa-, xoxe-, …).',
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-', 'xoxe.'],
    redactPrefix: true,
    pattern: /\bxox(?:e\.xox[bp]|[abposre])-[A-Za-z0-9-]{10,255}/,
    tps: [`xo${'xb-'}${s.digits(12)}-${s.digits(12)}-${s.alnum(24)}`, `xo${'xp-'}${s.digits(12)}-${s.alnum(32)}`],
    fps: [`xo${'xb-'}${pad('0', 12)}-${pad('0', 12)}-${pad('x', 24)}`],
  },
  {
    id: 'slack-app-token',
    title: 'Slack app-level token',
    description: 'A Slack app-level token (xapp-), used for Socket Mode connections.',
    keywords: ['xapp-'],
    redactPrefix: true,
    pattern: /\bxapp-[0-9]{1,2}-[A-Z0-9]{8,16}-[0-9]{8,16}-[A-Za-z0-9]{32,128}/,
    tps: [`xa${'pp-'}1-A${s.upper(10)}-${s.digits(13)}-${s.hex(64)}`],
    fps: ['xapp-1-settings'],
  },
  {
    id: 'slack-webhook-url',
    title: 'Slack webhook URL',
    description: 'A Slack incoming-webhook or workflow trigger URL, which works as a credential.',
    keywords: ['hooks.slack.com'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{8,255}/,
    tps: [`https://hooks.${'slack.com'}/services/T${s.upper(8)}/B${s.upper(8)}/${s.alnum(24)}`],
    fps: ['https://api.slack.com/messaging/webhooks'],
  },
  {
    id: 'npm-token',
    title: 'npm access token',
    description: 'An npm access token (npm_).',
    keywords: ['npm_'],
    redactPrefix: true,
    pattern: /\bnpm_[A-Za-z0-9]{36,64}/,
    tps: [`np${'m_'}${s.alnum(36)}`],
    fps: ['npm_config_registry', `np${'m_'}${pad('x', 36)}`],
  },
  {
    id: 'google-api-key',
    title: 'Google API key',
    description: 'A Google API key (AIza).',
    keywords: ['AIza'],
    redactPrefix: true,
    pattern: /\bAIza[0-9A-Za-z_-]{35}/,
    tps: [`AI${'za'}${s.alnum(35)}`],
    fps: [`AI${'za'}${pad('x', 35)}`],
  },
  {
    id: 'replicate-api-token',
    title: 'Replicate API token',
    description: 'A Replicate API token (r8_).',
    keywords: ['r8_'],
    redactPrefix: true,
    pattern: /\br8_[A-Za-z0-9]{30,64}/,
    tps: [`r8${'_'}${s.alnum(37)}`],
    fps: [`r8${'_'}${pad('x', 37)}`],
  },
  {
    id: 'huggingface-token',
    title: 'Hugging Face token',
    description: 'A Hugging Face user access token (hf_): random letters, not an identifier that starts with hf_.',
    keywords: ['hf_'],
    redactPrefix: true,
    pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,64}(?![A-Za-z0-9_])/,
    // Random mixed case has many capitals; a CamelCase identifier such as hf_LoadPretrainedModelFromHubConfig few.
    accept: (match) => (match[0].match(/[A-Z0-9]/g)?.length ?? 0) >= 8,
    tps: [`h${'f_'}${s.alnum(34)}`, `h${'f_'}${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`],
    fps: ['hf_LoadPretrainedModelFromHubConfigs', 'static int ggml_hf_tokenizer_load_vocabulary_file(void);'],
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    description: 'A JSON Web Token (base64url header and payload that both start with eyJ).',
    keywords: ['eyJ'],
    redactPrefix: true,
    pattern: new RegExp(`${TOKEN_START}eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{2,8192}\\.[A-Za-z0-9_-]{0,4096}`),
    tps: [
      `${jwtPart('{"alg":"HS256","typ":"JWT"}')}.${jwtPart(`{"sub":"${s.lower(8)}","iat":1700000000}`)}.${s.alnum(43)}`,
    ],
    fps: ['eyJhbGciOi is how every JWT header starts'],
  },
  {
    id: 'pem-private-key',
    title: 'PEM private key',
    description: 'A PEM-encoded private key block with a body (an empty block is a placeholder).',
    keywords: ['private key'],
    pattern:
      /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[ \t\r\n]{0,4}(?:[A-Za-z-]{1,30}:[^\r\n]{0,200}[\r\n]{1,4}){0,4}[ \t\r\n]{0,4}[A-Za-z0-9+/=]{16}|$)/,
    tps: [pem('RSA ', `${s.base64(64)}\n`), pem('', `${s.base64(64)}\n${s.base64(20)}\n`)],
    // Raw text that is not JSON is scanned line by line, where a header line is judged alone: empty blocks are
    // samples as string values.
    fps: [{ document: { note: pem('', '') } }, { document: { note: pem('RSA ', '\n') } }, 'private key material'],
  },
]);

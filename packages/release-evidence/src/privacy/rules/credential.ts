import { classifyKey } from '../keys.js';
import type { Rule } from '../types.js';

/*
 * Known token formats. Every pattern is bounded, and those that start with a character class are anchored by a
 * negative lookbehind on that class, so a long run of matching characters is tried once, not at every offset.
 */

const credential = (rule: Omit<Rule, 'class'>): Rule => ({ class: 'credential', ...rule });

const OPENAI_KEY = /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,300}/g;

/**
 * The first match of a global pattern that `accept` takes. Matches do not overlap, so the search stays linear where
 * a lookahead inside the pattern would rescan the same characters from every start.
 */
function firstAccepted(pattern: RegExp, text: string, accept: (match: string) => boolean): string | undefined {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (accept(match[0])) return match[0];
  }
  return undefined;
}

const hasDigit = (text: string) => /[0-9]/.test(text);

const ASSIGNMENT = /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63})[ \t]{0,2}=[ \t]{0,2}["']?([^\s"'&;,]{6,200})/g;

/** `NAME=value` where NAME is secret-like and the value is not a reference such as `${{ secrets.NAME }}`. */
function secretAssignment(text: string): string | undefined {
  ASSIGNMENT.lastIndex = 0;
  for (let match = ASSIGNMENT.exec(text); match; match = ASSIGNMENT.exec(text)) {
    const [whole, name = '', value = ''] = match;
    if (classifyKey(name) === 'secret' && !/^[$<*]/.test(value)) return whole;
  }
  return undefined;
}

export const CREDENTIAL_RULES: readonly Rule[] = [
  credential({
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    description: 'A Cloudflare user, account or key token (cfut_, cfat_, cfk_ prefixes).',
    needs: { tokenRun: 44 },
    keywords: ['cfut_', 'cfat_', 'cfk_'],
    minLength: 44,
    pattern: /\b(?:cfut|cfat|cfk)_[A-Za-z0-9_-]{40,120}/,
    prefixes: ['cfut_', 'cfat_', 'cfk_'],
  }),
  credential({
    id: 'cloudflare-legacy-token',
    title: 'Cloudflare legacy API token or global API key',
    description:
      'A 37–40 character Cloudflare API token or global API key next to a Cloudflare key name or X-Auth-Key.',
    needs: { tokenRun: 37 },
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'x-auth-key'],
    pattern:
      /(?:cloudflare[_ -]?(?:api[_ -]?)?(?:token|key)|cf[_-]api[_-](?:token|key)|x-auth-key)[\s"':=]{1,6}[A-Za-z0-9_-]{37,40}(?![A-Za-z0-9_-])/i,
  }),
  credential({
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    description: 'A Cloudflare Origin CA service key (v1.0- followed by hex).',
    needs: { hexRun: 140, chars: '.-' },
    keywords: ['v1.0-'],
    pattern: /v1\.0-[0-9a-f]{24}-[0-9a-f]{140,170}/,
    prefixes: ['v1.0-'],
  }),
  credential({
    id: 'github-token',
    title: 'GitHub token',
    description: 'A GitHub personal, OAuth, user-to-server, server-to-server or refresh token.',
    needs: { tokenRun: 40, chars: '_' },
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    minLength: 40,
    pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}/,
    prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  }),
  credential({
    id: 'github-fine-grained-token',
    title: 'GitHub fine-grained personal access token',
    description: 'A GitHub fine-grained personal access token (github_pat_).',
    needs: { tokenRun: 51, chars: '_' },
    keywords: ['github_pat_'],
    pattern: /\bgithub_pat_[A-Za-z0-9_]{40,255}/,
    prefixes: ['github_pat_'],
  }),
  credential({
    id: 'aws-access-key-id',
    title: 'AWS access key id',
    description: 'An AWS access key id (AKIA, ASIA and related prefixes).',
    needs: { alnumRun: 20 },
    keywords: ['akia', 'asia', 'abia', 'acca', 'aida', 'aroa', 'agpa', 'anpa', 'anva', 'apka', 'aipa'],
    minLength: 20,
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])/,
    prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AIDA', 'AROA', 'AGPA', 'ANPA', 'ANVA', 'APKA', 'AIPA'],
  }),
  credential({
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    description: 'A 40-character AWS secret access key next to its key name.',
    needs: { base64Run: 40 },
    keywords: ['secret'],
    pattern:
      /aws[_ -]?secret[_ -]?(?:access[_ -]?)?key["']?[\s"':=]{1,6}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])|secretaccesskey["']?[\s"':=]{1,6}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i,
  }),
  credential({
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    description: 'An Anthropic API or admin key (sk-ant-).',
    needs: { tokenRun: 27, chars: '-' },
    keywords: ['sk-ant-'],
    pattern: /\bsk-ant-[A-Za-z0-9_-]{20,300}/,
    prefixes: ['sk-ant-'],
  }),
  credential({
    id: 'openai-api-key',
    title: 'OpenAI API key',
    description: 'An OpenAI API key (sk-, sk-proj-, sk-svcacct-, sk-admin-).',
    needs: { tokenRun: 23, chars: '-' },
    keywords: ['sk-'],
    minLength: 23,
    // Real keys always hold a digit; hyphenated words after `sk-` do not.
    detect: (text) => firstAccepted(OPENAI_KEY, text, hasDigit),
    prefixes: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-'],
  }),
  credential({
    id: 'stripe-secret-key',
    title: 'Stripe secret or restricted key',
    description: 'A Stripe secret or restricted API key, live or test (sk_live_, sk_test_, rk_live_, rk_test_).',
    needs: { tokenRun: 24, chars: '_' },
    keywords: ['k_live_', 'k_test_'],
    pattern: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,255}/,
    prefixes: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  }),
  credential({
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    description: 'A Stripe webhook signing secret (whsec_).',
    needs: { base64Run: 30, chars: '_' },
    keywords: ['whsec_'],
    pattern: /\bwhsec_[A-Za-z0-9+/=]{24,255}/,
    prefixes: ['whsec_'],
  }),
  credential({
    id: 'slack-token',
    title: 'Slack token',
    description: 'A Slack bot, user, app, refresh or configuration token (xoxb-, xoxp-, xoxa-, xoxe-, …).',
    needs: { tokenRun: 15, chars: '-' },
    keywords: ['xox'],
    pattern: /\bxox(?:e\.xox[bp]|[abposre])-[A-Za-z0-9-]{10,255}/,
    prefixes: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-'],
  }),
  credential({
    id: 'slack-app-token',
    title: 'Slack app-level token',
    description: 'A Slack app-level token (xapp-), used for Socket Mode connections.',
    needs: { tokenRun: 15, chars: '-' },
    keywords: ['xapp-'],
    pattern: /\bxapp-[0-9]{1,2}-[A-Z0-9]{8,16}-[0-9]{8,16}-[A-Za-z0-9]{32,128}/,
    prefixes: ['xapp-'],
  }),
  credential({
    id: 'slack-webhook-url',
    title: 'Slack webhook URL',
    description: 'A Slack incoming-webhook or workflow trigger URL, which works as a credential.',
    needs: { chars: './' },
    keywords: ['hooks.slack.com'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{8,255}/,
  }),
  credential({
    id: 'npm-token',
    title: 'npm access token',
    description: 'An npm access token (npm_).',
    needs: { tokenRun: 40, chars: '_' },
    keywords: ['npm_'],
    pattern: /\bnpm_[A-Za-z0-9]{36,64}/,
    prefixes: ['npm_'],
  }),
  credential({
    id: 'google-api-key',
    title: 'Google API key',
    description: 'A Google API key (AIza).',
    needs: { tokenRun: 39 },
    keywords: ['aiza'],
    pattern: /\bAIza[0-9A-Za-z_-]{35}/,
    prefixes: ['AIza'],
  }),
  credential({
    id: 'replicate-api-token',
    title: 'Replicate API token',
    description: 'A Replicate API token (r8_).',
    needs: { tokenRun: 33, chars: '_' },
    keywords: ['r8_'],
    pattern: /\br8_[A-Za-z0-9]{30,64}/,
    prefixes: ['r8_'],
  }),
  credential({
    id: 'huggingface-token',
    title: 'Hugging Face token',
    description: 'A Hugging Face access token (hf_).',
    needs: { tokenRun: 33, chars: '_' },
    keywords: ['hf_'],
    pattern: /\bhf_[A-Za-z0-9]{30,64}/,
    prefixes: ['hf_'],
  }),
  credential({
    id: 'jwt',
    title: 'JSON Web Token',
    description: 'A JSON Web Token (base64url header and payload that both start with eyJ).',
    needs: { tokenRun: 11, chars: '.' },
    keywords: ['eyj'],
    pattern: /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,4096}/,
    prefixes: ['eyJ'],
  }),
  credential({
    id: 'pem-private-key',
    title: 'PEM private key',
    description: 'A PEM-encoded private key block.',
    needs: { tokenRun: 5, chars: '-' },
    keywords: ['private key'],
    pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/,
  }),
  credential({
    id: 'authorization-value',
    title: 'Authorization header value',
    description: 'A Bearer or Basic authorization value.',
    keywords: ['bearer', 'basic'],
    pattern:
      /\b(?:Bearer|Basic|BEARER|BASIC|bearer)[ \t]{1,5}(?=[a-z._~+/=-]{0,400}[0-9A-Z])[A-Za-z0-9._~+/=-]{16,4096}/,
  }),
  credential({
    id: 'secret-assignment',
    title: 'Secret assigned to a name',
    description: 'A NAME=value assignment where NAME is secret-like (TOKEN, SECRET, PASSWORD, API_KEY, …).',
    needs: { chars: '=' },
    keywords: ['='],
    detect: secretAssignment,
  }),
  credential({
    id: 'secret-key-value',
    title: 'Value under a secret-like key',
    description: 'A string of 8 or more characters under a secret-like key (token, secret, password, *Key, …).',
    context: true,
    detect: (text, context) =>
      !context.isKey && context.keyKind === 'secret' && context.role !== 'secretName' && text.length >= 8
        ? text
        : undefined,
  }),
  credential({
    id: 'secret-fingerprint-key',
    title: 'Secret fingerprint',
    description:
      'A hash, fingerprint, prefix, suffix or length of a secret: a key such as tokenSha256 or secretPrefix in extensions, or a bare fingerprint key (hash, last4, prefix, …) in a rotation receipt’s extensions.',
    context: true,
    detect: (text, context) =>
      context.isKey &&
      context.inExtensions &&
      (context.keyKind === 'secret-fingerprint' ||
        (context.keyKind === 'fingerprint' && context.documentKind === 'secret-rotation-receipt'))
        ? text
        : undefined,
  }),
  credential({
    id: 'receipt-hex-fingerprint',
    title: 'Hex fingerprint in a rotation receipt',
    description:
      'A 32–128 hex value in a secret-rotation receipt’s extensions: receipts never hold a hash of a secret.',
    context: true,
    minLength: 32,
    detect: (text, context) =>
      !context.isKey &&
      context.inExtensions &&
      context.documentKind === 'secret-rotation-receipt' &&
      /(?<![0-9a-fA-F])[0-9a-fA-F]{32,128}(?![0-9a-fA-F])/.test(text)
        ? text
        : undefined,
  }),
];

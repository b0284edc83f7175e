import { isPlaceholder } from '../placeholder.js';
import type { RuleContext } from '../types.js';
import { defineRules } from './define.js';
import { samples } from './sample.js';

/* Rules that judge a string by where it stands: its member name, the names above it, its document (spec §8). */

const s = samples('context');
const GENERATED_AT = '2026-11-20T10:00:00Z';

/** A minimal release-status whose extensions are `extensions`; context samples are whole documents. */
export function statusWith(extensions: Record<string, unknown>, kind = 'release-status'): { document: unknown } {
  return { document: { contract: 'release-evidence/v1', kind, id: 'sample', generatedAt: GENERATED_AT, extensions } };
}

// A name or a time, not a value: `credentials: { name: …, rotatedAt: … }` holds nothing secret.
const PUBLIC_MEMBER = /(?:^|[a-z_-])(?:name|Name|NAME)$|[a-z]At$|^(?:kind|type|status|store|environment)$/;

function isSecretValue(text: string, context: RuleContext, nearest: string): boolean {
  return (
    !context.isKey &&
    (context.keyKind === 'secret' || context.underSecret) &&
    context.role !== 'secretName' &&
    text.length >= 8 &&
    !PUBLIC_MEMBER.test(nearest) &&
    !isPlaceholder(text)
  );
}

function isFingerprintKey(context: RuleContext): boolean {
  if (!context.isKey) return false;
  if (context.keyKind === 'secret-fingerprint') return context.inExtensions || context.underSecret;
  return (
    context.keyKind === 'fingerprint' &&
    ((context.inExtensions && context.documentKind === 'secret-rotation-receipt') ||
      context.underSecret ||
      context.nextToSecretName)
  );
}

export const CONTEXT_CREDENTIAL_RULES = defineRules('credential', [
  {
    id: 'secret-key-value',
    title: 'Value under a secret-like key',
    description:
      'A string of 8 or more characters under a secret-like key, at any depth below it (token, secret, password, *Key, credentials: { value }).',
    shape: 'a string of 8 or more characters under a member such as apiKey, accesstoken or credentials',
    detect: (text, context) => (isSecretValue(text, context, context.nearestName) ? text : undefined),
    tps: [
      statusWith({ 'x-deploy': { apiKey: s.lower(16) } }),
      statusWith({ 'x-deploy': { accesstoken: s.lower(16) } }),
      statusWith({ 'x-deploy': { GITHUBTOKEN: s.lower(16) } }),
      statusWith({ 'x-deploy': { credentials: { value: s.lower(16) } } }),
    ],
    fps: [
      statusWith({ 'x-usage': { inputTokens: 1200, apiKey: 12345678 } }),
      statusWith({ 'x-deploy': { monkey: s.lower(16), secretName: 'CLOUDFLARE_API_TOKEN' } }),
      statusWith({ 'x-deploy': { credentials: { name: 'DEPLOY_TOKEN', rotatedAt: GENERATED_AT } } }),
      statusWith({ 'x-deploy': { apiToken: `gh${'p_'}${'x'.repeat(36)}` } }),
    ],
  },
  {
    id: 'secret-fingerprint-key',
    title: 'Secret fingerprint',
    description:
      'A hash, fingerprint, prefix, suffix or length of a secret: a key such as tokenSha256 or secretPrefix in extensions, or a bare fingerprint key (hash, last4, prefix, …) next to a secret name, under a secret-like key, or in a rotation receipt’s extensions.',
    shape: 'a member such as tokenSha256, or last4 beside a secret name',
    detect: (text, context) => (isFingerprintKey(context) ? text : undefined),
    tps: [
      statusWith({ 'x-audit': { tokenSha256: 'n/a' } }),
      statusWith({ 'x-rotation': { name: 'DEPLOY_TOKEN', last4: s.digits(4) } }),
      statusWith({ 'x-deploy-token': { hash: s.hex(8) } }),
      statusWith({ 'x-rotation': { last4: s.digits(4) } }, 'secret-rotation-receipt'),
    ],
    fps: [statusWith({ 'x-build': { prefix: 'v1', hash: s.hex(8) } })],
  },
  {
    id: 'receipt-hex-fingerprint',
    title: 'Hex fingerprint in a rotation receipt',
    description:
      'A 32–128 hex value in a secret-rotation receipt’s extensions: receipts never hold a hash of a secret.',
    shape: '32 to 128 hex digits in a rotation receipt’s extensions',
    detect: (text, context) =>
      !context.isKey &&
      context.inExtensions &&
      context.documentKind === 'secret-rotation-receipt' &&
      /(?<![0-9a-fA-F])[0-9a-fA-F]{32,128}(?![0-9a-fA-F])/.test(text)
        ? text
        : undefined,
    tps: [statusWith({ 'x-previous': s.hex(64) }, 'secret-rotation-receipt')],
    fps: [statusWith({ 'x-previous': s.hex(64) })],
  },
]);

import { statusWith } from './context.js';
import { defineRules } from './define.js';
import { samples } from './sample.js';

const s = samples('identity');
const uuid = () => `${s.hex(8)}-${s.hex(4)}-4${s.hex(3)}-a${s.hex(3)}-${s.hex(12)}`;

export const IDENTITY_RULES = defineRules('identity', [
  {
    id: 'uuid',
    title: 'UUID',
    description: 'A UUID, the usual shape of raw user, account, workspace and resource ids.',
    pattern:
      /(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])/,
    tps: [uuid(), `run-${uuid()}-retry`],
    fps: ['2026-11-20T10:00:00Z'],
  },
  {
    id: 'hex-32-id',
    title: '32-hex id',
    description: 'A 32-character hex id: Cloudflare account, zone, namespace and database ids have this shape.',
    // Inside a longer token (key-…, shpat_…, SK…) the hex is part of a credential, not an id.
    pattern: /(?<![0-9A-Za-z_-])[0-9a-f]{32}(?![0-9A-Za-z_-])/,
    tps: [s.hex(32)],
    fps: [s.hex(40), s.hex(64), `sha512-${btoa(s.hex(48))}`],
  },
  {
    id: 'prefixed-id',
    title: 'Prefixed actor or account id',
    description: 'An id such as user_…, usr_…, acct_…, org_… or ws_… (holding a digit) that names a person or account.',
    keywords: [
      'user_',
      'usr_',
      'cust_',
      'customer_',
      'acct_',
      'account_',
      'org_',
      'ws_',
      'workspace_',
      'member_',
      'owner_',
      'actor_',
      'tenant_',
    ],
    redactPrefix: true,
    pattern:
      /(?<![A-Za-z0-9_])(?:user|usr|cust|customer|acct|account|org|ws|workspace|member|owner|actor|tenant)_(?=[A-Za-z]{0,63}[0-9])[A-Za-z0-9]{8,64}(?![A-Za-z0-9])/,
    tps: [`user${'_'}${s.alnum(16)}`, `acct${'_'}${s.alnum(16)}`],
    fps: ['user_onboarding_flow', 'org_settings'],
  },
  {
    id: 'stripe-customer-id',
    title: 'Stripe customer id',
    description: 'A Stripe customer id (cus_ and 14 or more letters or digits, with or without a digit).',
    keywords: ['cus_'],
    redactPrefix: true,
    pattern: /(?<![A-Za-z0-9_])cus_[A-Za-z0-9]{14,24}(?![A-Za-z0-9_])/,
    tps: [`cus${'_'}${s.alnum(14)}`, `cus${'_'}${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14)}`],
    fps: ['cus_short', `cus${'_'}${'x'.repeat(14)}`],
  },
  {
    id: 'email-address',
    title: 'E-mail address',
    description: 'An e-mail address (plain or in a mailto: link), which identifies a person.',
    keywords: ['@'],
    pattern:
      /(?:(?<=mailto:)|(?<![A-Za-z0-9._%+:/-]))[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/,
    tps: [`${s.lower(5)}.${s.lower(6)}@${s.lower(7)}.com`, `mailto:${s.lower(6)}@example.org`],
    fps: ['@media-app/release', 'scope @cloudflare-saas-core'],
  },
  {
    id: 'identity-key',
    title: 'Value under an identity key',
    description: 'Any value under an identity key in extensions (userId, accountId, workspaceId, email, login, …).',
    shape: 'any value under a member such as userId, accountId or login in extensions',
    detect: (text, context) =>
      context.isKey && context.inExtensions && context.keyKind === 'identity' ? text : undefined,
    tps: [statusWith({ 'x-actor': { userId: 100000 } }), statusWith({ 'x-review': { login: s.lower(8) } })],
    fps: [statusWith({ 'x-ci': { runId: 42, workflowId: 7 } })],
  },
]);

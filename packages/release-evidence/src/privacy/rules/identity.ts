import type { Rule } from '../types.js';

const identity = (rule: Omit<Rule, 'class'>): Rule => ({ class: 'identity', ...rule });

export const IDENTITY_RULES: readonly Rule[] = [
  identity({
    id: 'uuid',
    title: 'UUID',
    description: 'A UUID, the usual shape of raw user, account, workspace and resource ids.',
    needs: { hexRun: 12, chars: '-' },
    keywords: ['-'],
    minLength: 36,
    pattern:
      /(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])/,
  }),
  identity({
    id: 'hex-32-id',
    title: '32-hex id',
    description: 'A 32-character hex id: Cloudflare account, zone, namespace and database ids have this shape.',
    minLength: 32,
    needs: { hexRun: 32 },
    pattern: /(?<![0-9A-Fa-f])[0-9a-f]{32}(?![0-9A-Fa-f])/,
  }),
  identity({
    id: 'prefixed-id',
    title: 'Prefixed actor or customer id',
    description: 'An id such as user_…, usr_…, cus_…, acct_…, org_… or ws_… that names a person or account.',
    needs: { tokenRun: 10, chars: '_' },
    keywords: ['_'],
    pattern:
      /(?<![A-Za-z0-9_])(?:user|usr|cus|cust|customer|acct|account|org|ws|workspace|member|owner|actor|tenant)_(?=[A-Za-z]{0,63}[0-9])[A-Za-z0-9]{8,64}(?![A-Za-z0-9])/,
    prefixes: ['user_', 'usr_', 'cus_', 'acct_', 'org_', 'ws_'],
  }),
  identity({
    id: 'email-address',
    title: 'E-mail address',
    description: 'An e-mail address, which identifies a person.',
    needs: { chars: '@.' },
    keywords: ['@'],
    pattern:
      /(?<![A-Za-z0-9._%+:/-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/,
  }),
  identity({
    id: 'identity-key',
    title: 'Value under an identity key',
    description: 'Any value under an identity key in extensions (userId, accountId, workspaceId, email, login, …).',
    context: true,
    detect: (text, context) =>
      context.isKey && context.inExtensions && context.keyKind === 'identity' ? text : undefined,
  }),
];

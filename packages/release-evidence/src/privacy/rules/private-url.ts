import type { Rule } from '../types.js';

const privateUrl = (rule: Omit<Rule, 'class'>): Rule => ({ class: 'private-url', ...rule });

const SIGNED_PARAMETERS =
  'x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|sig|signature|token|key|access_token|refresh_token|id_token|api_key|apikey|client_secret|secret|password|auth|code';

export const PRIVATE_URL_RULES: readonly Rule[] = [
  privateUrl({
    id: 'url-userinfo',
    title: 'URL with credentials',
    description: 'A URL with userinfo (user:password@host).',
    needs: { chars: ':/@' },
    keywords: ['://'],
    pattern: /:\/\/[^\s/?#@"'<>]{1,256}@[A-Za-z0-9[]/,
  }),
  privateUrl({
    id: 'url-signed-query',
    title: 'Signed or secret URL parameter',
    description: 'A URL query with a signature, credential or token parameter (X-Amz-Signature, sig, token, key, …).',
    needs: { chars: '=' },
    keywords: ['?', '&'],
    pattern: new RegExp(`[?&](?:${SIGNED_PARAMETERS})=[^\\s&#"']`, 'i'),
  }),
  privateUrl({
    id: 'url-private-host',
    title: 'Private or local host',
    description:
      'A URL to a loopback, private-range or link-local address, localhost, or a host under .internal or .local.',
    needs: { chars: ':/' },
    keywords: ['://'],
    pattern:
      /:\/\/(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[(?:::1|f[cd][0-9a-f]{0,2}:[0-9a-f:]{0,40}|fe80:[0-9a-f:]{0,40})\]|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.(?:internal|local|localhost))(?![A-Za-z0-9.-])/i,
  }),
];

import { isPrivateAuthority } from '../hosts.js';
import { defineRules } from './define.js';
import { samples } from './sample.js';

const s = samples('private-url');
const SIGNED_PARAMETERS =
  'x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|sig|signature|token|key|access_token|refresh_token|id_token|api_key|apikey|client_secret|secret|password|auth|code';

export const PRIVATE_URL_RULES = defineRules('private-url', [
  {
    id: 'url-userinfo',
    title: 'URL with credentials',
    description: 'A URL with userinfo (user:password@host).',
    keywords: ['://'],
    pattern: /:\/\/[^\s/?#@"'<>]{1,256}@[A-Za-z0-9[]/,
    tps: [`https://deploy:${s.alnum(12)}@api.example.com/`],
    fps: ['https://github.com/acme/media-app/actions/runs/42'],
  },
  {
    id: 'url-signed-query',
    title: 'Signed or secret URL parameter',
    description: 'A URL query with a signature, credential or token parameter (X-Amz-Signature, sig, token, key, …).',
    keywords: ['?', '&'],
    pattern: new RegExp(`[?&](?:${SIGNED_PARAMETERS})=[^\\s&#"']`, 'i'),
    tps: [`https://cdn.example.com/a.txt?X-Amz-Signature=${s.hex(64)}`],
    fps: ['https://example.com/search?q=token'],
  },
  {
    id: 'url-private-host',
    title: 'Private or local host',
    description:
      'A URL to a loopback, private-range, unspecified or link-local address in any form a URL parser reads (decimal, hex, octal, short, IPv6, IPv4-mapped), localhost (with or without a trailing dot), or a host under .internal, .local or .localhost.',
    keywords: ['://'],
    // The pattern keeps only hosts that can be private (local names, numeric or hex last labels, IPv6 literals), so
    // ordinary URLs cost one failed match; `accept` then judges the host as a URL parser reads it.
    pattern:
      /:\/\/(?:[^\s/?#@"'<>\\]{0,256}@)?(?:\[[^\]\s/]{1,64}\]|[A-Za-z0-9.-]{0,253}(?:localhost|\.local|\.internal)\.?(?![A-Za-z0-9-])|(?:[A-Za-z0-9.-]{0,253}\.)?(?:0x[0-9A-Fa-f]{0,8}|[0-9]{1,12})\.?(?![A-Za-z0-9.-]))/i,
    accept: (match) => isPrivateAuthority(match[0].slice(3)),
    tps: [
      'http://localhost:8080/health',
      'http://localhost./',
      'http://10.1.2.3:8080/status',
      'http://169.254.169.254/latest/meta-data',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://127.1/',
      'http://[::1]:8787/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fd00::1]/',
      `https://api.${s.lower(6)}.internal/status`,
      `http://${s.lower(7)}.local/`,
    ],
    fps: ['https://staging.example.com/', 'http://1.2.3.4/', 'https://example.123abc/', 'http://[2001:db8::1]/'],
  },
]);

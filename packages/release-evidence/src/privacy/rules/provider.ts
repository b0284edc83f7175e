import { statusWith } from './context.js';
import { defineRules } from './define.js';
import { samples } from './sample.js';

const s = samples('provider');
const PREFIXES = [
  'chatcmpl',
  'req',
  'request',
  'msg',
  'pred',
  'prediction',
  'exec',
  'execution',
  'resp',
  'log',
  'gen',
  'generation',
];

export const PROVIDER_RULES = defineRules('provider', [
  {
    id: 'ai-gateway-metadata',
    title: 'AI Gateway metadata',
    description: 'An AI Gateway header (cf-aig-*) or a gateway URL, which carries the account id and gateway name.',
    keywords: ['cf-aig-', 'gateway.ai.cloudflare.com'],
    redactPrefix: true,
    pattern: /\bcf-aig-[a-z-]{2,40}|gateway\.ai\.cloudflare\.com\/v1\/[A-Za-z0-9]/i,
    tps: [`cf-aig-log-id: ${s.lower(4)}${s.digits(6)}`, `https://gateway.ai.${'cloudflare.com'}/v1/${s.hex(8)}/gw`],
    fps: ['AI Gateway logs are off'],
  },
  {
    id: 'cf-ray-id',
    title: 'Cloudflare Ray id',
    description: 'A cf-ray request id (16 hex and a data-centre code).',
    pattern: /(?<![0-9A-Za-z])[0-9a-f]{16}-[A-Z]{3}(?![A-Za-z0-9])/,
    tps: [`${s.hex(16)}-SJC`],
    fps: ['deadbeef-ABC'],
  },
  {
    id: 'provider-request-id',
    title: 'Provider request, prediction or log id',
    description: 'A raw provider id: chatcmpl-, req_, msg_, pred_, exec_, resp_, log_ and similar prefixes.',
    keywords: PREFIXES.flatMap((prefix) => [`${prefix}_`, `${prefix}-`]),
    redactPrefix: true,
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])(?:${PREFIXES.join('|')})[_-](?=[A-Za-z]{0,63}[0-9])[A-Za-z0-9]{16,64}(?![A-Za-z0-9])`,
    ),
    tps: [`req${'_'}${s.alnum(24)}`, `chatcmpl-${s.alnum(29)}`],
    fps: ['request-validation-passed', 'log-level-debug'],
  },
  {
    id: 'provider-id-key',
    title: 'Value under a provider id key',
    description:
      'Any value under a provider id key in extensions (requestId, predictionId, executionId, logId, cfRay, …).',
    shape: 'any value under a member such as requestId or predictionId in extensions',
    detect: (text, context) =>
      context.isKey && context.inExtensions && context.keyKind === 'provider' ? text : undefined,
    tps: [statusWith({ 'x-provider': { predictionId: s.lower(26) } })],
    fps: [statusWith({ 'x-provider': { model: 'flux-schnell' } })],
  },
]);

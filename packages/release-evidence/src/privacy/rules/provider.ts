import type { Rule } from '../types.js';

const provider = (rule: Omit<Rule, 'class'>): Rule => ({ class: 'provider', ...rule });

export const PROVIDER_RULES: readonly Rule[] = [
  provider({
    id: 'ai-gateway-metadata',
    title: 'AI Gateway metadata',
    description: 'An AI Gateway header (cf-aig-*) or a gateway URL, which carries the account id and gateway name.',
    keywords: ['cf-aig-', 'gateway.ai.cloudflare.com'],
    pattern: /\bcf-aig-[a-z-]{2,40}|gateway\.ai\.cloudflare\.com\/v1\/[A-Za-z0-9]/i,
    prefixes: ['cf-aig-'],
  }),
  provider({
    id: 'cf-ray-id',
    title: 'Cloudflare Ray id',
    description: 'A cf-ray request id (16 hex and a data-centre code).',
    needs: { hexRun: 16, chars: '-' },
    keywords: ['-'],
    minLength: 20,
    pattern: /(?<![0-9A-Za-z])[0-9a-f]{16}-[A-Z]{3}(?![A-Za-z0-9])/,
  }),
  provider({
    id: 'provider-request-id',
    title: 'Provider request, prediction or log id',
    description: 'A raw provider id: chatcmpl-, req_, msg_, pred_, exec_, resp_, log_ and similar prefixes.',
    needs: { tokenRun: 20 },
    keywords: [
      'chatcmpl-',
      'req_',
      'req-',
      'request_',
      'request-',
      'msg_',
      'msg-',
      'pred_',
      'pred-',
      'prediction_',
      'prediction-',
      'exec_',
      'exec-',
      'execution_',
      'execution-',
      'resp_',
      'resp-',
      'log_',
      'log-',
      'gen_',
      'gen-',
      'generation_',
      'generation-',
    ],
    pattern:
      /(?<![A-Za-z0-9_-])(?:chatcmpl|req|request|msg|pred|prediction|exec|execution|resp|log|gen|generation)[_-](?=[A-Za-z]{0,63}[0-9])[A-Za-z0-9]{16,64}(?![A-Za-z0-9])/,
    prefixes: ['chatcmpl-', 'req_', 'msg_', 'pred_', 'exec_', 'resp_', 'log_', 'gen_'],
  }),
  provider({
    id: 'provider-id-key',
    title: 'Value under a provider id key',
    description:
      'Any value under a provider id key in extensions (requestId, predictionId, executionId, logId, cfRay, …).',
    context: true,
    detect: (text, context) =>
      context.isKey && context.inExtensions && context.keyKind === 'provider' ? text : undefined,
  }),
];

import type { Finding, FindingFields } from './types.js';

/** The finding for these fields, a `Problem` of its class's code. Every finding is built here. */
export function makeFinding(fields: FindingFields): Finding {
  const { rule, redacted, shadowed } = fields;
  const args = shadowed === true ? { rule, redacted, shadowed } : { rule, redacted };
  return { ...fields, code: `${fields.class}-finding`, severity: 'error', args };
}

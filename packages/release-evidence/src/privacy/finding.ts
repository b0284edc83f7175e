import type { Finding, FindingFields } from './types.js';

/**
 * The finding for these fields, a `Problem` of its class's code. Every finding is built here, as one literal of a
 * fixed shape: spreading `fields` was a third of the cost of each finding, and a document can hold tens of thousands.
 */
export function makeFinding(fields: FindingFields): Finding {
  const { rule, class: findingClass, pointer, line, column, redacted, shadowed } = fields;
  const code = `${findingClass}-finding` as const;
  if (shadowed === true) {
    const args = { rule, redacted, shadowed };
    return { rule, class: findingClass, pointer, line, column, redacted, shadowed, code, severity: 'error', args };
  }
  return {
    rule,
    class: findingClass,
    pointer,
    line,
    column,
    redacted,
    code,
    severity: 'error',
    args: { rule, redacted },
  };
}

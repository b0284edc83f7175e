import type { Finding, PrivacyClass } from './types.js';

/** A finding's own fields: where it is, which rule and class, and its redacted form. */
export interface FindingFields {
  readonly rule: string;
  readonly class: PrivacyClass;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
  readonly redacted: string;
  readonly shadowed?: true;
}

/** The finding for these fields, a `Problem` of its class's code. Every finding is built here. */
export function makeFinding(fields: FindingFields): Finding {
  const { rule, redacted, shadowed } = fields;
  const args = shadowed === true ? { rule, redacted, shadowed } : { rule, redacted };
  return { ...fields, code: `${fields.class}-finding`, severity: 'error', args };
}

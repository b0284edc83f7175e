import type { Rule } from './types.js';

export const REDACTED = '[redacted]';

/**
 * The only text of a finding that is shown: a documented public prefix of the format and an ellipsis (`ghp_…`), or
 * `[redacted]`. Neither depends on the secret's length.
 */
export function redactMatch(rule: Rule, match: string): string {
  const prefix = rule.prefixes?.find((candidate) => match.startsWith(candidate));
  return prefix === undefined ? REDACTED : `${prefix}…`;
}

/** What a finding shows when its format has no documented public prefix. */
export const REDACTED = '[redacted]';

import type { ValidationIssue } from '../contract/issues.js';
import { type ValidateOptions, type ValidationResult, validateDocument } from '../contract/validate.js';
import { escapePointerSegment } from '../json/pointer.js';
import { type ScanOptions, scanDetailed, stringify } from './engine.js';
import type { Finding } from './types.js';

/** Validation and privacy scan of one document; `ok` only when it is valid AND has no finding. */
export interface DocumentCheck extends ValidationResult {
  readonly findings: Finding[];
}

export type CheckOptions = ValidateOptions & ScanOptions;

/**
 * Validates and scans one document (JSON text, or a value scanned as `JSON.stringify(value, null, 2)`). Member names
 * that the scan found to be secrets are hidden in validation pointers and messages too, so no output of the check
 * can repeat them.
 */
export function checkDocument(input: string | unknown, options: CheckOptions = {}): DocumentCheck {
  const validation = validateDocument(input, options);
  const text = typeof input === 'string' ? input : stringify(input);
  if (text === undefined) return { ...validation, ok: false, findings: [] };
  const maxDepth = options.maxDepth ?? options.limits?.maxDepth;
  const { result, secretSegments } = scanDetailed(text, maxDepth === undefined ? {} : { maxDepth });
  const errors =
    secretSegments.size === 0 ? validation.errors : validation.errors.map((issue) => hide(issue, secretSegments));
  return { ...validation, errors, ok: validation.ok && result.findings.length === 0, findings: [...result.findings] };
}

function hide(issue: ValidationIssue, secrets: ReadonlySet<string>): ValidationIssue {
  const pointer = issue.pointer
    .split('/')
    .map((segment, index) => (index > 0 && secrets.has(unescapeSegment(segment)) ? '~redacted' : segment))
    .join('/');
  let message = issue.message;
  for (const secret of secrets) {
    if (message.includes(secret)) message = message.replaceAll(secret, '~redacted');
    const escaped = escapePointerSegment(secret);
    if (message.includes(escaped)) message = message.replaceAll(escaped, '~redacted');
  }
  return { ...issue, pointer, message };
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

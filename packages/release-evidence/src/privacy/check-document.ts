import type { ValidationIssue } from '../contract/issues.js';
import { type ValidateOptions, type ValidationResult, validateDocument, validateParsed } from '../contract/validate.js';
import { parseJson } from '../json/parse.js';
import { type ScanOptions, scanDetailed, startScan, stringify } from './engine.js';
import type { DetailedScan } from './found.js';
import type { Matcher } from './match.js';
import type { Finding } from './types.js';
import { NOTHING_WITHHELD, withWithheld } from './withheld.js';

/** Validation and privacy scan of one document; `ok` only when it is valid AND has no finding. */
export interface DocumentCheck extends ValidationResult {
  readonly findings: Finding[];
  /**
   * Findings a caller left out of `findings` to keep output in proportion to input (the CLI lists at most 1,000 a
   * file); readiness counts them with the listed ones. `checkDocument` lists every finding and never sets it.
   */
  readonly omittedFindings?: number;
  /** As `ScanResult.withheld`: the strings that carried a finding; not enumerable, so never serialised. */
  readonly withheld: readonly string[];
}

export type CheckOptions = ValidateOptions & ScanOptions;

/**
 * Validates and scans one document (JSON text, or a value scanned as `JSON.stringify(value, null, 2)`). Member names
 * that the scan found to be secrets are hidden in validation pointers too (their sentences are built from the
 * pointer), so no output of the check can repeat them.
 */
export function checkWith(matcher: Matcher, input: string | unknown, options: CheckOptions): DocumentCheck {
  const maxDepth = options.maxDepth ?? options.limits?.maxDepth;
  const scanOptions = maxDepth === undefined ? {} : { maxDepth };
  if (typeof input !== 'string') {
    const validation = validateDocument(input, options);
    const text = stringify(input);
    return text === undefined
      ? withWithheld({ ...validation, ok: false, findings: [] }, NOTHING_WITHHELD)
      : combine(validation, scanDetailed(text, matcher, scanOptions));
  }
  // One walk of the text serves the strict parser and the scanner. Text that does not parse is scanned on its own,
  // as raw lines where it is not JSON.
  const scan = startScan(input, matcher);
  const parsed = parseJson(input, { ...options.limits, ...scanOptions }, scan.visitor);
  const validation = validateParsed(parsed, options);
  return combine(validation, parsed.ok ? scan.end(undefined) : scanDetailed(input, matcher, scanOptions));
}

function combine(validation: ValidationResult, { result, secretSegments }: DetailedScan): DocumentCheck {
  const errors =
    secretSegments.size === 0 ? validation.errors : validation.errors.map((issue) => hide(issue, secretSegments));
  const check = {
    ...validation,
    errors,
    ok: validation.ok && result.findings.length === 0,
    findings: [...result.findings],
  };
  return withWithheld(check, result.withheld);
}

/** The issue with every pointer segment that is a secret written `~redacted`; its sentence is built from the pointer. */
function hide(issue: ValidationIssue, secrets: ReadonlySet<string>): ValidationIssue {
  const pointer = issue.pointer
    .split('/')
    .map((segment, index) => (index > 0 && secrets.has(unescapeSegment(segment)) ? '~redacted' : segment))
    .join('/');
  return pointer === issue.pointer ? issue : { ...issue, pointer };
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

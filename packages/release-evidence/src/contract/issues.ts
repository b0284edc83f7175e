import type { PathSegment } from '../json/tokenize.js';
import { CODE_TEXT, type IssueCode } from './codes.js';

/** One problem in a document. `message` is rendered from the code and field name only, never from a value. */
export interface ValidationIssue {
  readonly code: IssueCode;
  /** RFC 6901 pointer to the member; a member name that could be a value is written `~redacted`. */
  readonly pointer: string;
  readonly message: string;
}

// Member names are echoed only when they cannot carry a secret: letters, `_`, `$` and `-`, or a short lowercase
// name such as `p95`. Any other name (an unknown key may be a token) is written `~redacted`.
const ECHOABLE_NAME = /^(?:[A-Za-z_$-]{1,64}|[a-z][a-z0-9]{0,3})$/;
const REDACTED = '~redacted';

export function isEchoableName(name: string): boolean {
  return ECHOABLE_NAME.test(name);
}

/**
 * A segment as a pointer token. None needs escaping: an echoable name has no `~` or `/`, an index is digits, and any
 * other name is written `~redacted`.
 */
function tokenOf(segment: PathSegment): string {
  return typeof segment === 'number' || isEchoableName(segment) ? `${segment}` : REDACTED;
}

/** The RFC 6901 pointer of `path`, with names that could be values redacted. */
export function pointerOf(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) pointer += `/${tokenOf(segment)}`;
  return pointer;
}

/** An issue at `path`; the message names the last member on the path (or `item`, `document`) and the code's text. */
export function makeIssue(code: IssueCode, path: readonly PathSegment[], message?: string): ValidationIssue {
  let pointer = '';
  let field = path.length === 0 ? 'document' : 'item';
  for (const segment of path) {
    const token = tokenOf(segment);
    pointer += `/${token}`;
    if (typeof segment === 'string') field = token === REDACTED ? 'member' : `"${token}"`;
  }
  return { code, pointer, message: message ?? `${field} ${CODE_TEXT[code]}` };
}

/** Sorts by pointer, then code (code-unit order, so output is stable across locales), and drops repeats. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  if (issues.length < 2) return [...issues];
  const sorted = [...issues].sort((a, b) =>
    a.pointer === b.pointer ? compare(a.code, b.code) : compare(a.pointer, b.pointer),
  );
  return sorted.filter(
    (issue, index) =>
      index === 0 || issue.pointer !== sorted[index - 1]?.pointer || issue.code !== sorted[index - 1]?.code,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

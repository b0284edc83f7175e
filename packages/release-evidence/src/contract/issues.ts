import { compareText } from '../json/compare.js';
import { toPointer } from '../json/pointer.js';
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

export function isEchoableName(name: string): boolean {
  return ECHOABLE_NAME.test(name);
}

const isRedacted = (name: string) => !isEchoableName(name);

/** The RFC 6901 pointer of `path`, with names that could be values redacted. */
export function pointerOf(path: readonly PathSegment[]): string {
  return toPointer(path, isRedacted);
}

/** An issue at `path`; the message names the last member on the path (or `item`, `document`) and the code's text. */
export function makeIssue(code: IssueCode, path: readonly PathSegment[], message?: string): ValidationIssue {
  const name = path.findLast((segment) => typeof segment === 'string');
  const field =
    path.length === 0 ? 'document' : name === undefined ? 'item' : isRedacted(name) ? 'member' : `"${name}"`;
  return { code, pointer: pointerOf(path), message: message ?? `${field} ${CODE_TEXT[code]}` };
}

/** Sorts by pointer, then code (code-unit order, so output is stable across locales), and drops repeats. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  if (issues.length < 2) return [...issues];
  const sorted = [...issues].sort((a, b) =>
    a.pointer === b.pointer ? compareText(a.code, b.code) : compareText(a.pointer, b.pointer),
  );
  return sorted.filter(
    (issue, index) =>
      index === 0 || issue.pointer !== sorted[index - 1]?.pointer || issue.code !== sorted[index - 1]?.code,
  );
}

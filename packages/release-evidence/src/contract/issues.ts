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
const PLAIN_NAME = /^[A-Za-z_$-]{1,64}$/;
const SHORT_NAME = /^[a-z][a-z0-9]{0,3}$/;

export function isEchoableName(name: string): boolean {
  return PLAIN_NAME.test(name) || SHORT_NAME.test(name);
}

export function pointerOf(path: readonly PathSegment[]): string {
  return toPointer(path, (segment) => !isEchoableName(segment));
}

function fieldOf(path: readonly PathSegment[]): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === 'string') return isEchoableName(segment) ? `"${segment}"` : 'member';
  }
  return path.length === 0 ? 'document' : 'item';
}

export function makeIssue(code: IssueCode, path: readonly PathSegment[], message?: string): ValidationIssue {
  return { code, pointer: pointerOf(path), message: message ?? `${fieldOf(path)} ${CODE_TEXT[code]}` };
}

/** Sorts by pointer, then code (code-unit order, so output is stable across locales), and drops repeats. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
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

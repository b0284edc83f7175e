import { compareText } from '../json/compare.js';
import type { ParseError } from '../json/parse.js';
import { toPointer } from '../json/pointer.js';
import type { PathSegment } from '../json/tokenize.js';
import { type Problem, problem } from '../problem/index.js';
import type { IssueCode } from './codes.js';

/**
 * One problem in a document: a `Problem` of the document domain whose pointer is always set (`""` for the whole
 * document). It holds no sentence; `renderProblem` names the member from the pointer, never from a value.
 */
export interface ValidationIssue extends Problem {
  readonly code: IssueCode;
  /** RFC 6901 pointer to the member; a member name that could be a value is written `~redacted`. */
  readonly pointer: string;
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

/** An issue at `path`, with the code's arguments (most codes have none). */
export function makeIssue(code: IssueCode, path: readonly PathSegment[], args: Problem['args'] = {}): ValidationIssue {
  return problem(code, args, pointerOf(path));
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

/** A parse failure as the one issue of its document, at `""`: the parser's phrase and where it stopped. */
export function parseIssue({ code, message, position }: ParseError): ValidationIssue {
  const where = position && { line: position.line, column: position.column };
  return makeIssue(code, [], where ? { detail: message, ...where } : { detail: message });
}

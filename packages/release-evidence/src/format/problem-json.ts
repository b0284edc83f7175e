import type { ValidationIssue } from '../contract/index.js';
import type { Finding } from '../privacy/index.js';
import { renderProblem } from '../problem/index.js';

// How problems appear in JSON outputs (spec §10). Problems carry no sentence; the message is rendered here, at
// output time, from the catalogue.

export interface IssueJson {
  readonly code: string;
  readonly pointer: string;
  readonly message: string;
}

/** A validation issue as `validate --format json` lists it: `{ code, pointer, message }`. */
export function issueJson(issue: ValidationIssue): IssueJson {
  return { code: issue.code, pointer: issue.pointer, message: renderProblem(issue) };
}

export interface FindingJson {
  readonly rule: string;
  readonly class: string;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
  readonly redacted: string;
  readonly shadowed?: true;
}

/** A finding as the JSON outputs list it: its own fields in their order; code, severity and args are not repeated. */
export function findingJson({
  rule,
  class: findingClass,
  pointer,
  line,
  column,
  redacted,
  shadowed,
}: Finding): FindingJson {
  const shown = { rule, class: findingClass, pointer, line, column, redacted };
  return shadowed === true ? { ...shown, shadowed } : shown;
}

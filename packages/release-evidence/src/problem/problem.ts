import { entryOf, type ProblemCode } from './catalogue.js';

/** How bad a problem is: an `error` makes its input unacceptable, a `warning` is shown but does not. */
export type Severity = 'error' | 'warning';

/** One argument value: a scalar or a list of scalars, as documents carry them. */
export type ArgValue = string | number | boolean | readonly (string | number)[];

/**
 * The package's one problem shape (validation issues, findings, gate reasons, verify reasons, fixture clauses, CLI
 * input errors). It carries no English: `renderProblem` turns it into a sentence in the medium that shows it.
 */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** RFC 6901 pointer into the input the problem is about, when it is about one member. */
  readonly pointer?: string;
  readonly args: Readonly<Record<string, ArgValue>>;
}

type Of<C extends ProblemCode> = { readonly code: C };
type At<C extends ProblemCode> = Of<C> & { readonly pointer: string };

/** A problem of `code`; its severity comes from the catalogue, so the two can never disagree. */
export function problem<C extends ProblemCode>(code: C, args: Problem['args'], pointer: string): Problem & At<C>;
export function problem<C extends ProblemCode>(code: C, args?: Problem['args'], pointer?: string): Problem & Of<C>;
export function problem(code: ProblemCode, args: Problem['args'] = {}, pointer?: string): Problem {
  const { severity } = entryOf(code);
  return pointer === undefined ? { code, severity, args } : { code, severity, pointer, args };
}

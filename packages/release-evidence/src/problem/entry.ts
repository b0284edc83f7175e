import type { ArgValue, Severity } from './problem.js';

/** Renders one untrusted value for the medium (terminal escapes, Markdown code span, HTML text, or as is). */
export type Show = (value: string) => string;

/** The type an argument must have; checked by the catalogue's tests against every problem the tests produce. */
export type ArgType = 'string' | 'number' | 'boolean' | 'list';

/** One row of the catalogue: everything the package knows about a code, in one place. */
export interface CodeEntry {
  readonly severity: Severity;
  /** One line for the docs' code tables: what condition the code names. */
  readonly meaning: string;
  /** Argument name → type. A problem of this code carries exactly these arguments (optional ones end in `?`). */
  readonly args: Readonly<Record<string, ArgType>>;
  /**
   * The sentence, built from the arguments; every value from an input goes through `show`. `pointer` is the
   * problem's own, for codes whose sentence names the member it points at (validation issues).
   */
  readonly render: (args: Readonly<Record<string, ArgValue>>, show: Show, pointer?: string) => string;
  /** How the code reads in a one-line `… at /pointer` summary; the code itself when absent. */
  readonly summary?: string;
}

/** Declares one domain's codes, keeping each literal key so `ProblemCode` is a closed union. */
export const defineCodes = <const T extends Readonly<Record<string, CodeEntry>>>(codes: T): T => codes;

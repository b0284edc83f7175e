import type { CLI_CODES } from '../problem/codes/cli.js';
import { type Problem, problem } from '../problem/index.js';

type CliCode = keyof typeof CLI_CODES;

export const EXIT_OK = 0;
/** The evidence is not acceptable: invalid, findings, blocked, awaiting operator, or a packet that does not verify. */
export const EXIT_NOT_ACCEPTABLE = 1;
/** A usage or I/O error. */
export const EXIT_USAGE = 2;

/** A problem with how the command was called; printed without a stack and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A cli-domain problem: every one names the path it is about. */
export type InputProblem = Problem & { readonly args: { readonly path: string } };

/** A cli-domain problem about `args.path`. */
export function cliProblem(code: CliCode, args: InputProblem['args'] & Problem['args']): InputProblem {
  return problem(code, args) as InputProblem;
}

/**
 * A file that cannot be used as input (unreadable, too large, bad JSON, invalid candidate); exits 2, names the file
 * only. It carries a problem, not a sentence: `render/problem.ts` words it where the CLI prints it.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly problem: InputProblem;
  constructor(code: CliCode, args: InputProblem['args'] & Problem['args']) {
    // The message is the code, so a stray `String(error)` shows what went wrong without any input's text.
    super(code);
    this.problem = cliProblem(code, args);
  }

  /** The same error again, from a problem that crossed a thread boundary. */
  static of(found: InputProblem): InputError {
    return new InputError(found.code as CliCode, found.args);
  }

  get path(): string {
    return this.problem.args.path;
  }
}

// Where the CLI words its own problems: an input it cannot use, or evidence it warns about. The sink makes each line
// safe and withholds found values, so the sentence is rendered as it is.
import { renderProblem } from '../../problem/index.js';
import type { InputProblem } from '../errors.js';

/** `PATH: reason`, as an exit-2 error names the file (spec §10). */
export function inputErrorText(problem: InputProblem): string {
  return `${problem.args.path}: ${renderProblem(problem)}`;
}

/** `evidence PATH: invalid (…)`, a warning line of `readiness` and `packet`. */
export function evidenceLine(problem: InputProblem): string {
  return `evidence ${inputErrorText(problem)}`;
}

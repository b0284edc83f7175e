import { entryOf } from './catalogue.js';
import { labelAt } from './codes/arg-text.js';
import type { Show } from './entry.js';
import type { Problem } from './problem.js';

const asIs: Show = (value) => value;

/**
 * The sentence for a problem. Only `src/format/` calls this (and the readiness document builder, because §7 puts a
 * `message` inside the document): nothing renders English where the problem is found.
 */
export function renderProblem(problem: Problem, show: Show = asIs): string {
  return entryOf(problem.code).render(problem.args, show, problem.pointer);
}

/**
 * The one short, value-free form of a problem: `code at /pointer` (`credential finding at /note` for a finding).
 * Policy errors, packet reasons and invalid readiness inputs all summarise problems this way.
 */
export function problemAt(problem: Pick<Problem, 'code' | 'pointer'>): string {
  return labelAt(entryOf(problem.code).summary ?? problem.code, problem.pointer ?? '', asIs);
}

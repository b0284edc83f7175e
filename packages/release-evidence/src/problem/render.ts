import { entryOf } from './catalogue.js';
import type { Show } from './entry.js';
import type { Problem } from './problem.js';

const asIs: Show = (value) => value;

/**
 * The sentence for a problem. Only `src/format/` calls this (and the readiness document builder, because §7 puts a
 * `message` inside the document): nothing renders English where the problem is found.
 */
export function renderProblem(problem: Problem, show: Show = asIs): string {
  return entryOf(problem.code).render(problem.args, show);
}

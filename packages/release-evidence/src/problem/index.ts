export { entryOf, isProblemCode, PROBLEM_CATALOGUE, PROBLEM_DOMAINS, type ProblemCode } from './catalogue.js';
export { labelAt } from './codes/arg-text.js';
export { type ArgType, type CodeEntry, defineCodes, type Show } from './entry.js';
export { type ArgValue, type Problem, problem, type Severity } from './problem.js';
export { problemAt, renderProblem } from './render.js';

import { toInTotoStatement } from '../../format/index.js';
import type { ReadinessRunResult } from '../readiness.js';
import type { Output } from '../result.js';
import { canonicalJson } from './json.js';

/** `readiness --format in-toto`: an in-toto Statement v1 whose predicate is the readiness (spec §7). */
export function readinessInToto(result: ReadinessRunResult): Output {
  return canonicalJson(toInTotoStatement(result.readiness));
}

/** `readiness --format predicate`: the predicate alone (the readiness itself), for `actions/attest` `predicate-path`. */
export function readinessPredicate(result: ReadinessRunResult): Output {
  return canonicalJson(result.readiness);
}

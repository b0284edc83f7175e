import type { EvidenceDocument, ReleaseReadiness } from '../contract/index.js';
import { type Problem, problem } from '../problem/index.js';
import type { Choice } from './choose.js';
import type { GateContext, GateSpec } from './gates/index.js';
import { compareRefs, evidenceOf, refOf } from './inputs.js';
import { addMilliseconds, compareInstants, durationMs, earliest, exactInstantOf } from './time.js';

/** One entry of `release-readiness.gates` (§7), as the document carries it. */
export type GateResult = ReleaseReadiness['gates'][number];

/** A gate as readiness judged it: its reasons are problems, rendered only when the document is built. */
export interface JudgedGate extends Omit<GateResult, 'reasons'> {
  readonly reasons: readonly Problem[];
}

/** Step 5 of §6: the chosen document's status, first that applies: invalid, stale, fail, pass. */
export function gateResult(
  spec: GateSpec,
  choice: Choice,
  maxAge: string,
  required: boolean,
  context: GateContext,
): JudgedGate {
  const superseded = choice.superseded.map(refOf).sort(compareRefs);
  const base = { gate: spec.id, required, superseded };
  if (choice.outcome !== 'chosen') {
    // Every matching document dated in the future leaves nothing current: §6 step 3 calls that stale.
    return { ...base, status: choice.outcome === 'future' ? 'stale' : choice.outcome, reasons: choice.reasons };
  }
  const { chosen } = choice;
  const evidence = refOf(chosen);
  const withEvidence = { ...base, evidence };
  const named = { kind: evidence.kind, id: evidence.id };
  if (!chosen.valid) return { ...withEvidence, status: 'invalid', reasons: [problem('invalid-evidence', named)] };
  const doc = evidenceOf(chosen);
  const measuredFrom = measuredFromOf(spec, doc);
  const aged = measuredFrom === undefined ? withEvidence : { ...withEvidence, measuredFrom };
  const oldest = exactInstantOf(measuredFrom);
  // Older than now − maxAge, to the nanosecond (§6): nothing is cut to milliseconds first.
  if (compareInstants(oldest, addMilliseconds(context.now, -durationMs(maxAge))) < 0) {
    return { ...aged, status: 'stale', reasons: [problem('too-old', { ...named, maxAge, gate: spec.id })] };
  }
  const failures = spec.failures(doc, context);
  if (failures.length > 0) return { ...aged, status: 'fail', reasons: failures };
  return { ...aged, status: 'pass', reasons: [] };
}

/** The oldest of the instants a gate's age is measured from (§6 table); `generatedAt` when there are none. */
export function measuredFromOf(spec: GateSpec, doc: EvidenceDocument): string | undefined {
  const times = spec.ageFrom(doc);
  const candidates = times.length > 0 ? times : [doc.generatedAt];
  const oldest = earliest(candidates.map(exactInstantOf));
  // As `earliest`: one time that is not an instant leaves the age unknown.
  return candidates.find((time) => compareInstants(exactInstantOf(time), oldest) === 0);
}

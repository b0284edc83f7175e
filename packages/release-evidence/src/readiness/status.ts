import type { ReleaseReadiness } from '../contract/index.js';
import type { Choice } from './choose.js';
import type { GateContext, GateSpec } from './gates.js';
import { compareRefs, labelOf, refOf } from './inputs.js';
import { reason } from './reasons.js';
import { addMilliseconds, compareInstants, durationMs, earliest, exactInstantOf } from './time.js';
import type { EvidenceView } from './views.js';

/** One entry of `release-readiness.gates` (§7). */
export type GateResult = ReleaseReadiness['gates'][number];

/** Step 5 of §6: the chosen document's status, first that applies: invalid, stale, fail, pass. */
export function gateResult(
  spec: GateSpec,
  choice: Choice,
  maxAge: string,
  required: boolean,
  context: GateContext,
): GateResult {
  const superseded = choice.superseded.map(refOf).sort(compareRefs);
  const base = { gate: spec.gate, required, superseded };
  if (choice.outcome !== 'chosen') {
    // Every matching document dated in the future leaves nothing current: §6 step 3 calls that stale.
    return { ...base, status: choice.outcome === 'future' ? 'stale' : choice.outcome, reasons: choice.reasons };
  }
  const { chosen } = choice;
  const withEvidence = { ...base, evidence: refOf(chosen) };
  const label = labelOf(chosen);
  if (!chosen.valid) {
    return { ...withEvidence, status: 'invalid', reasons: [reason('invalid-evidence', `${label} is invalid`)] };
  }
  const doc = chosen.value as EvidenceView;
  const measuredFrom = measuredFromOf(spec, doc);
  const aged = measuredFrom === undefined ? withEvidence : { ...withEvidence, measuredFrom };
  const oldest = exactInstantOf(measuredFrom);
  // Older than now − maxAge, to the nanosecond (§6): nothing is cut to milliseconds first.
  if (compareInstants(oldest, addMilliseconds(context.now, -durationMs(maxAge))) < 0) {
    return {
      ...aged,
      status: 'stale',
      reasons: [reason('too-old', `${label} is older than ${maxAge} for gate ${spec.gate}`)],
    };
  }
  const failures = spec.failures(doc, context);
  if (failures.length > 0) return { ...aged, status: 'fail', reasons: failures };
  return { ...aged, status: 'pass', reasons: [] };
}

/** The oldest of the instants a gate's age is measured from (§6 table); `generatedAt` when there are none. */
export function measuredFromOf(spec: GateSpec, doc: EvidenceView): string | undefined {
  const times = spec.ageFrom(doc);
  const candidates = times.length > 0 ? times : [doc.generatedAt];
  const oldest = earliest(candidates.map(exactInstantOf));
  // As `earliest`: one time that is not an instant leaves the age unknown (only invalid documents have one).
  return candidates.find((time) => compareInstants(exactInstantOf(time), oldest) === 0);
}

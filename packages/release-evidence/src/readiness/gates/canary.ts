// The canary gates (§6): verdict `pass`, and the document's own thresholds no weaker than the policy's floors.
import {
  FLOOR_DIRECTIONS,
  type FloorGate,
  type ImageSafetyCanaryEvidence,
  type ProviderCanaryEvidence,
} from '../../contract/index.js';
import { type Problem, problem } from '../../problem/index.js';
import type { GateContext } from './define.js';

type CanaryDocument = ProviderCanaryEvidence | ImageSafetyCanaryEvidence;

/** `inconclusive` does not pass; a failing canary below its floor shows both reasons. */
export function canaryFailures(gate: FloorGate, doc: CanaryDocument, context: GateContext): Problem[] {
  const verdict = doc.verdict === 'pass' ? [] : [problem(`verdict-${doc.verdict}`, { id: doc.id }, '/verdict')];
  return [...verdict, ...floorFailures(gate, doc, context)];
}

/** `threshold-below-floor` for each threshold weaker than its floor: a lower minimum, or a higher maximum. */
function floorFailures(gate: FloorGate, doc: CanaryDocument, context: GateContext): Problem[] {
  const floors: Readonly<Record<string, number | undefined>> = context.floors[gate] ?? {};
  const thresholds: Readonly<Record<string, number | undefined>> = doc.thresholds;
  const problems: Problem[] = [];
  for (const [threshold, direction] of Object.entries(FLOOR_DIRECTIONS[gate])) {
    const floor = floors[threshold];
    const value = thresholds[threshold];
    if (floor === undefined || value === undefined) continue;
    if (direction === 'min' ? value < floor : value > floor) {
      const args = { id: doc.id, threshold, value, floor, direction };
      problems.push(problem('threshold-below-floor', args, `/thresholds/${threshold}`));
    }
  }
  return problems;
}

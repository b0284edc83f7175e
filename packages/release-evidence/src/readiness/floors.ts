// Threshold floors (§6): a canary document's own thresholds may be no weaker than the policy's floors.
import { FLOOR_DIRECTIONS, type FloorGate } from '../contract/index.js';
import type { GateContext } from './gates.js';
import { type Reason, reason } from './reasons.js';
import type { EvidenceView } from './views.js';

/** `threshold-below-floor` for each threshold weaker than its floor: a lower minimum, or a higher maximum. */
export function floorFailures(gate: FloorGate, doc: EvidenceView, context: GateContext): Reason[] {
  const floors: Readonly<Record<string, number | undefined>> = context.floors[gate] ?? {};
  const reasons: Reason[] = [];
  for (const [name, direction] of Object.entries(FLOOR_DIRECTIONS[gate])) {
    const floor = floors[name];
    const own = doc.thresholds?.[name];
    if (floor === undefined || own === undefined) continue;
    if (direction === 'min' ? own < floor : own > floor) {
      const side = direction === 'min' ? 'below' : 'above';
      reasons.push(
        reason('threshold-below-floor', `${doc.id}: thresholds.${name} ${own} is ${side} the policy floor ${floor}`),
      );
    }
  }
  return reasons;
}

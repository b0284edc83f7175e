import * as v from 'valibot';
import { checkedRecord, closedObject } from './closed.js';
import { GATE_IDS } from './kinds.js';
import { duration } from './scalars.js';
import { floors } from './thresholds.js';

export const gateId = v.picklist(GATE_IDS, 'unknown-gate');

/** Spec §5: the policy of a candidate, of the CLI's --policy file, and the effective one in readiness. */
export const policy = closedObject({
  maxAge: v.optional(checkedRecord(gateId, duration, 'unknown-gate')),
  clockSkew: v.optional(duration),
  requiredGates: v.optional(v.array(gateId)),
  floors: v.optional(floors),
});

export type Policy = v.InferOutput<typeof policy>;

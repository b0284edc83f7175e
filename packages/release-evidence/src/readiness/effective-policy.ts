import {
  FLOOR_DIRECTIONS,
  type FloorGate,
  type Floors,
  GATE_IDS,
  type GateId,
  isGateId,
  type Policy,
} from '../contract/index.js';
import { GATES } from './gates/index.js';

/** The policy readiness ran with: every key filled in, written into `release-readiness`. */
export interface EffectivePolicy {
  readonly maxAge: Readonly<Record<GateId, string>>;
  readonly clockSkew: string;
  /** Sorted in gate order. */
  readonly requiredGates: readonly GateId[];
  /** Threshold floors, threshold by threshold; none by default. */
  readonly floors: Floors;
}

export const DEFAULT_CLOCK_SKEW = 'PT5M';

export const DEFAULT_POLICY: EffectivePolicy = {
  maxAge: Object.fromEntries(GATES.map((spec) => [spec.id, spec.defaultMaxAge])) as Record<GateId, string>,
  clockSkew: DEFAULT_CLOCK_SKEW,
  requiredGates: GATES.filter((spec) => spec.required !== 'no').map((spec) => spec.id),
  floors: {},
};

/**
 * Defaults, then the candidate's policy, then the command line's, key by key (spec §5). `requiredGates` only adds,
 * and gates that are always required stay required. Unknown gate ids were rejected by `validatePolicy` already;
 * any that slip through are ignored here rather than trusted.
 */
export function effectivePolicy(candidatePolicy?: Policy, override?: Policy): EffectivePolicy {
  const maxAge: Record<string, string> = { ...DEFAULT_POLICY.maxAge };
  let clockSkew = DEFAULT_POLICY.clockSkew;
  const required = new Set<GateId>(DEFAULT_POLICY.requiredGates);
  for (const layer of [candidatePolicy, override]) {
    if (layer === undefined) continue;
    for (const [gate, age] of Object.entries(layer.maxAge ?? {})) if (isGateId(gate)) maxAge[gate] = age;
    if (layer.clockSkew !== undefined) clockSkew = layer.clockSkew;
    for (const gate of layer.requiredGates ?? []) if (isGateId(gate)) required.add(gate);
  }
  const floors = mergeFloors([candidatePolicy?.floors, override?.floors]);
  for (const spec of GATES) if (spec.required === 'always') required.add(spec.id);
  return {
    maxAge: maxAge as Record<GateId, string>,
    clockSkew,
    requiredGates: GATE_IDS.filter((gate) => required.has(gate)),
    floors,
  };
}

/**
 * Floors merged key by key like the rest of the policy: a later layer's threshold replaces an earlier one's, and a
 * threshold neither names stays unset. Built in the contract's order, so the output bytes never depend on input order.
 */
function mergeFloors(layers: readonly (Floors | undefined)[]): Floors {
  const merged: Record<string, Record<string, number>> = {};
  for (const gate of Object.keys(FLOOR_DIRECTIONS) as FloorGate[]) {
    const thresholds: Record<string, number> = {};
    for (const name of Object.keys(FLOOR_DIRECTIONS[gate])) {
      for (const layer of layers) {
        const value = (layer?.[gate] as Record<string, number | undefined> | undefined)?.[name];
        if (value !== undefined) thresholds[name] = value;
      }
    }
    if (Object.keys(thresholds).length > 0) merged[gate] = thresholds;
  }
  return merged as Floors;
}

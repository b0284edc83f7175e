import * as v from 'valibot';
import { closedObject } from './closed.js';
import { durationMs, positiveCount, rate } from './scalars.js';

/** The thresholds a provider canary carries (spec §4). */
export const CANARY_THRESHOLDS = { minRuns: positiveCount, minSuccessRate: rate, maxP95LatencyMs: durationMs };
/** The thresholds an image-safety canary carries (spec §4). */
export const IMAGE_SAFETY_THRESHOLDS = {
  minSamples: positiveCount,
  minUnsafeBlockedRate: rate,
  minSafeAllowedRate: rate,
};

/**
 * The gates a policy may set threshold floors for (spec §6), and which way each threshold gets weaker: a `min`
 * threshold below its floor, or a `max` threshold above it, is weaker than the policy allows.
 */
export const FLOOR_DIRECTIONS = {
  'provider-canary': { minRuns: 'min', minSuccessRate: 'min', maxP95LatencyMs: 'max' },
  'image-safety': { minSamples: 'min', minUnsafeBlockedRate: 'min', minSafeAllowedRate: 'min' },
} as const satisfies Record<string, Record<string, 'min' | 'max'>>;

export type FloorGate = keyof typeof FLOOR_DIRECTIONS;

/** The same members, each optional: a floor sets only the thresholds it names. */
function optionalMembers<E extends v.ObjectEntries>(entries: E) {
  return Object.fromEntries(Object.entries(entries).map(([key, schema]) => [key, v.optional(schema)])) as {
    [K in keyof E]: v.OptionalSchema<E[K], undefined>;
  };
}

/** `policy.floors` (spec §6). A gate without floors is simply not named; there are no default floors. */
export const floors = closedObject({
  'provider-canary': v.optional(closedObject(optionalMembers(CANARY_THRESHOLDS))),
  'image-safety': v.optional(closedObject(optionalMembers(IMAGE_SAFETY_THRESHOLDS))),
});

export type Floors = v.InferOutput<typeof floors>;

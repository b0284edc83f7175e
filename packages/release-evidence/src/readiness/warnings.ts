// Warnings (§7): what every report shows without changing the verdict.
import type { ReleaseReadiness } from '../contract/index.js';
import { GATES } from './gates.js';
import { compareText } from './inputs.js';
import { DEFAULT_CLOCK_SKEW, type EffectivePolicy } from './policy.js';
import { durationMs } from './time.js';

export type Warning = NonNullable<ReleaseReadiness['warnings']>[number];

/** One policy key that can be set weaker than its default, with the words that name it. */
interface WeakenableKey {
  readonly gate?: Warning['gate'];
  readonly key: string;
  readonly effective: string;
  readonly fallback: string;
}

/**
 * `policy-weakened` for each key of the effective policy that is weaker than the default (§6): a `maxAge` longer than
 * the gate's default and a `clockSkew` above `PT5M`. Durations compare by length, so `P1D` equals `PT24H`. Floors have
 * no defaults and `requiredGates` only adds, so neither can be weakened.
 */
export function policyWarnings(policy: EffectivePolicy): Warning[] {
  const keys: WeakenableKey[] = [
    ...GATES.map((spec) => ({
      gate: spec.gate,
      key: `maxAge of gate ${spec.gate}`,
      effective: policy.maxAge[spec.gate],
      fallback: spec.defaultMaxAge,
    })),
    { key: 'clockSkew', effective: policy.clockSkew, fallback: DEFAULT_CLOCK_SKEW },
  ];
  return keys
    .filter((entry) => durationMs(entry.effective) > durationMs(entry.fallback))
    .map((entry) => ({
      code: 'policy-weakened',
      ...(entry.gate === undefined ? {} : { gate: entry.gate }),
      message: `policy ${entry.key} is ${entry.effective}, weaker than the default ${entry.fallback}`,
    }));
}

/** Warnings sorted by code, gate and message, so whoever adds one, the bytes stay deterministic. */
export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  return [...warnings].sort(
    (a, b) =>
      compareText(a.code, b.code) || compareText(a.gate ?? '', b.gate ?? '') || compareText(a.message, b.message),
  );
}

import { FLOOR_DIRECTIONS, GATE_IDS, parseDuration, type ReleaseReadiness } from '../contract/index.js';
import type { Change } from './change.js';

type Policy = ReleaseReadiness['policy'];
type Direction = 'weaker' | 'stronger';

/** Each policy key that differs, weakened ones first (§6: weakening is allowed, never silent). */
export function policyChanges(from: Policy, to: Policy): Change[] {
  const changes = [
    ...maxAgeChanges(from, to),
    ...skewChange(from, to),
    ...requiredChanges(from, to),
    ...floorChanges(from, to),
  ];
  return [
    ...changes.filter((change) => change.code === 'policy-weakened'),
    ...changes.filter((change) => change.code !== 'policy-weakened'),
  ];
}

function change(direction: Direction, key: string, fromValue: unknown, toValue: unknown): Change {
  return {
    code: direction === 'weaker' ? 'policy-weakened' : 'policy-strengthened',
    args: { key, from: describe(fromValue), to: describe(toValue) },
  };
}

const describe = (value: unknown): string => (value === undefined ? '(none)' : String(value));

/** Longer is weaker; a duration that does not parse compares as unknown, which is reported as weaker. */
function durationDirection(from: string | undefined, to: string | undefined): Direction | undefined {
  if (from === to) return undefined;
  const a = from === undefined ? Number.NaN : parseDuration(from);
  const b = to === undefined ? Number.NaN : parseDuration(to);
  if (a === b) return undefined;
  return b < a ? 'stronger' : 'weaker';
}

function maxAgeChanges(from: Policy, to: Policy): Change[] {
  return GATE_IDS.flatMap((gate) => {
    const direction = durationDirection(from.maxAge?.[gate], to.maxAge?.[gate]);
    return direction ? [change(direction, `maxAge.${gate}`, from.maxAge?.[gate], to.maxAge?.[gate])] : [];
  });
}

function skewChange(from: Policy, to: Policy): Change[] {
  const direction = durationDirection(from.clockSkew, to.clockSkew);
  return direction ? [change(direction, 'clockSkew', from.clockSkew, to.clockSkew)] : [];
}

function requiredChanges(from: Policy, to: Policy): Change[] {
  const before = new Set(from.requiredGates ?? []);
  const after = new Set(to.requiredGates ?? []);
  return GATE_IDS.flatMap((gate) => {
    if (before.has(gate) === after.has(gate)) return [];
    return [
      change(
        after.has(gate) ? 'stronger' : 'weaker',
        `requiredGates.${gate}`,
        before.has(gate) ? 'required' : 'optional',
        after.has(gate) ? 'required' : 'optional',
      ),
    ];
  });
}

/** A floor removed, or moved the weak way (a lower minimum, a higher maximum), is weaker. */
function floorChanges(from: Policy, to: Policy): Change[] {
  return Object.entries(FLOOR_DIRECTIONS).flatMap(([gate, thresholds]) =>
    Object.entries(thresholds).flatMap(([name, kind]) => {
      const a = (from.floors as Record<string, Record<string, number> | undefined> | undefined)?.[gate]?.[name];
      const b = (to.floors as Record<string, Record<string, number> | undefined> | undefined)?.[gate]?.[name];
      if (a === b) return [];
      const weaker = b === undefined || (a !== undefined && (kind === 'min' ? b < a : b > a));
      return [change(weaker ? 'weaker' : 'stronger', `floors.${gate}.${name}`, a, b)];
    }),
  );
}

import {
  GATE_IDS,
  parseTimestamp,
  type ReleasePacket,
  type ReleaseReadiness,
  SUBJECT_FIELDS,
} from '../contract/index.js';
import type { Change, ChangeClass } from './change.js';
import { policyChanges } from './policy-changes.js';

/** A side of a diff: a `release-readiness`, or a `release-packet` compared through the readiness it seals. */
export type Comparable = ReleaseReadiness | ReleasePacket;

export interface DiffSide {
  readonly kind: Comparable['kind'];
  readonly id: string;
  readonly now: string;
  readonly verdict: ReleaseReadiness['verdict'];
}

export interface ClassifiedChange extends Change {
  readonly class: ChangeClass;
}

export interface ReleaseDiff {
  readonly changed: boolean;
  readonly from: DiffSide;
  readonly to: DiffSide;
  /** In reading order: subject, verdict, gates (in gate order), deferrals, policy (weakened first), inputs. */
  readonly changes: readonly ClassifiedChange[];
}

type Input = ReleaseReadiness['inputs'][number];

/** What changed between two releases' evidence (both already checked as contract documents). Pure. */
export function diffReleases(older: Comparable, newer: Comparable): ReleaseDiff {
  const from = readinessOf(older);
  const to = readinessOf(newer);
  const classified = (changeClass: ChangeClass, changes: readonly Change[]) =>
    changes.map((change) => ({ class: changeClass, ...change }));
  const changes = [
    ...classified('subject', subjectChanges(from, to)),
    ...classified(
      'verdict',
      from.verdict === to.verdict ? [] : [{ code: 'verdict-changed', args: { from: from.verdict, to: to.verdict } }],
    ),
    ...classified('gates', gateChanges(from, to)),
    ...classified('deferrals', deferralChanges(from, to)),
    ...classified('policy', policyChanges(from.policy, to.policy)),
    ...classified('inputs', inputChanges(from.inputs, to.inputs)),
  ];
  return { changed: changes.length > 0, from: sideOf(older, from), to: sideOf(newer, to), changes };
}

function readinessOf(doc: Comparable): ReleaseReadiness {
  return doc.kind === 'release-packet' ? doc.readiness : doc;
}

function sideOf(doc: Comparable, readiness: ReleaseReadiness): DiffSide {
  return { kind: doc.kind, id: doc.id, now: readiness.now, verdict: readiness.verdict };
}

/**
 * What the verdict is about: the subject, and also the origins and milestone it names (spec §7), so that a verdict
 * for another environment or release never reads as "no changes".
 */
function subjectChanges(from: ReleaseReadiness, to: ReleaseReadiness): Change[] {
  const originOf = (readiness: ReleaseReadiness, environment: string) =>
    readiness.origins.find((origin) => origin.environment === environment)?.url ?? '(none)';
  const environments = [...new Set([...from.origins, ...to.origins].map((origin) => origin.environment))].sort();
  const fields: [string, string, string][] = [
    ...SUBJECT_FIELDS.map((field): [string, string, string] => [field, from.subject[field], to.subject[field]]),
    ...environments.map((env): [string, string, string] => [`origin ${env}`, originOf(from, env), originOf(to, env)]),
    ['milestone', from.milestone.id, to.milestone.id],
  ];
  return fields
    .filter(([, before, after]) => before !== after)
    .map(([field, before, after]) => ({ code: 'subject-changed', args: { field, from: before, to: after } }));
}

function gateChanges(from: ReleaseReadiness, to: ReleaseReadiness): Change[] {
  return GATE_IDS.flatMap((gate) => {
    const a = from.gates.find((entry) => entry.gate === gate);
    const b = to.gates.find((entry) => entry.gate === gate);
    const changes: Change[] = [];
    const statusOf = (entry: typeof a) => entry?.status ?? '(absent)';
    if (statusOf(a) !== statusOf(b))
      changes.push({ code: 'gate-status-changed', args: { gate, from: statusOf(a), to: statusOf(b) } });
    if (a?.evidence?.digest !== b?.evidence?.digest) {
      changes.push({
        code: 'gate-evidence-replaced',
        args: {
          gate,
          fromId: a?.evidence?.id ?? '(none)',
          fromDigest: a?.evidence?.digest ?? '(none)',
          toId: b?.evidence?.id ?? '(none)',
          toDigest: b?.evidence?.digest ?? '(none)',
        },
      });
    }
    const fromAge = ageMs(from, a?.measuredFrom);
    const toAge = ageMs(to, b?.measuredFrom);
    if (fromAge !== undefined && toAge !== undefined && fromAge !== toAge) {
      changes.push({
        code: 'gate-age-changed',
        args: { gate, fromAgeMs: fromAge, toAgeMs: toAge, maxAge: to.policy.maxAge?.[gate] ?? '(none)' },
      });
    }
    return changes;
  });
}

function ageMs(readiness: ReleaseReadiness, measuredFrom: string | undefined): number | undefined {
  return measuredFrom === undefined ? undefined : parseTimestamp(readiness.now) - parseTimestamp(measuredFrom);
}

function deferralChanges(from: ReleaseReadiness, to: ReleaseReadiness): Change[] {
  const before = new Map(from.deferrals.map((entry) => [entry.id, entry]));
  const after = new Map(to.deferrals.map((entry) => [entry.id, entry]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.flatMap((id): Change[] => {
    const a = before.get(id);
    const b = after.get(id);
    if (a === undefined && b !== undefined)
      return [{ code: 'deferral-added', args: { id, gate: b.gate, to: b.status } }];
    if (b === undefined && a !== undefined)
      return [{ code: 'deferral-removed', args: { id, gate: a.gate, from: a.status } }];
    if (a === undefined || b === undefined || (a.status === b.status && a.gate === b.gate)) return [];
    const code = b.status === 'expired' ? 'deferral-expired' : 'deferral-status-changed';
    return [{ code, args: { id, gate: b.gate, from: a.status, to: b.status } }];
  });
}

/** Inputs are matched by digest as multisets: a re-indented file is the same input, an edited one is not. */
function inputChanges(from: readonly Input[], to: readonly Input[]): Change[] {
  const args = (input: Input) => ({ kind: input.kind, id: input.id ?? '(withheld)', digest: input.digest });
  return [
    ...unmatched(to, from).map((input) => ({ code: 'input-added', args: args(input) })),
    ...unmatched(from, to).map((input) => ({ code: 'input-removed', args: args(input) })),
  ];
}

/** The entries of `side` left over once each digest in `other` has cancelled one of them. */
function unmatched(side: readonly Input[], other: readonly Input[]): Input[] {
  const counts = new Map<string, number>();
  for (const input of other) counts.set(input.digest, (counts.get(input.digest) ?? 0) + 1);
  return side.filter((input) => {
    const count = counts.get(input.digest) ?? 0;
    if (count > 0) counts.set(input.digest, count - 1);
    return count === 0;
  });
}

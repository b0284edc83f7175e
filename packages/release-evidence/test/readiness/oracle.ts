// An independent, deliberately naive reading of spec §6 used to judge readiness in property tests: does the evidence
// set contain, for every required gate, a document that is valid, matched, fresh and passing? Times are compared as
// epoch nanoseconds (bigint), never cut to milliseconds.
import { durationNanos, nanosOf, timestampOf } from './precise-time.js';
import type { Doc, EvidenceSet } from './support.js';
import { servesGate } from './support.js';

const DEFAULT_MAX_AGE: Record<string, string> = {
  'source-known': 'P7D',
  'staging-runtime': 'PT24H',
  'secret-rotation': 'P90D',
  'production-resources': 'PT24H',
  'operator-approval': 'P7D',
  'provider-canary': 'PT24H',
  'image-safety': 'PT72H',
  'production-cutover': 'PT24H',
};
const DEFAULT_SKEW = 'PT5M';
const DEFAULT_REQUIRED = Object.keys(DEFAULT_MAX_AGE).filter((gate) => gate !== 'production-cutover');
/** Which thresholds a floor bounds from below (`min…`) or above (`max…`). */
const FLOOR_SIDE: Record<string, 'min' | 'max'> = {
  minRuns: 'min',
  minSuccessRate: 'min',
  maxP95LatencyMs: 'max',
  minSamples: 'min',
  minUnsafeBlockedRate: 'min',
  minSafeAllowedRate: 'min',
};

export interface OraclePolicy {
  maxAge: Record<string, string>;
  skew: string;
  required: string[];
  floors: Record<string, Record<string, number>>;
}

/** Defaults, then the candidate's policy, then the command line's, each key replacing the last. */
export function oraclePolicy(set: EvidenceSet): OraclePolicy {
  const policy: OraclePolicy = {
    maxAge: { ...DEFAULT_MAX_AGE },
    skew: DEFAULT_SKEW,
    required: [...DEFAULT_REQUIRED],
    floors: {},
  };
  for (const layer of [set.candidate.policy, set.policy] as (Doc | undefined)[]) {
    Object.assign(policy.maxAge, layer?.maxAge ?? {});
    policy.skew = layer?.clockSkew ?? policy.skew;
    policy.required.push(...(layer?.requiredGates ?? []));
    for (const [gate, floors] of Object.entries(layer?.floors ?? {})) {
      policy.floors[gate] = { ...policy.floors[gate], ...(floors as Record<string, number>) };
    }
  }
  return policy;
}

/** `code gate` for each key of the policy that is weaker than the default, sorted. */
export function expectedWarnings(set: EvidenceSet): string[] {
  const policy = oraclePolicy(set);
  const longer = Object.keys(DEFAULT_MAX_AGE).filter(
    (gate) => durationNanos(policy.maxAge[gate] ?? '') > durationNanos(DEFAULT_MAX_AGE[gate] ?? ''),
  );
  const skew = durationNanos(policy.skew) > durationNanos(DEFAULT_SKEW) ? ['policy-weakened -'] : [];
  return [...skew, ...longer.map((gate) => `policy-weakened ${gate}`)].sort();
}

/** Ascending epoch nanoseconds (Math.min and Math.max do not take bigints). */
function sortedNanos(values: string[]): bigint[] {
  return values.map(nanosOf).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function oldest(values: string[]): bigint {
  return sortedNanos(values)[0] ?? 0n;
}

/** Per scope, the newest non-pending decisions (several when they share the newest time). */
function newestDecisions(doc: Doc, scope: string): Doc[] {
  const decided = doc.approvals.filter((entry: Doc) => entry.scope === scope && entry.decision !== 'pending');
  if (decided.length === 0) return [];
  const newest = sortedNanos(decided.map((entry: Doc) => entry.decidedAt)).at(-1);
  return decided.filter((entry: Doc) => nanosOf(entry.decidedAt) === newest);
}

export function measuredFrom(gate: string, doc: Doc): bigint {
  if (gate === 'secret-rotation') return oldest(doc.secrets.map((secret: Doc) => secret.after.updatedAt));
  if (gate === 'production-resources') return oldest(doc.resources.map((resource: Doc) => resource.checkedAt));
  if (gate === 'provider-canary') return nanosOf(doc.window.endedAt);
  if (gate === 'operator-approval') {
    const used = ['resources', 'traffic'].flatMap((scope) => newestDecisions(doc, scope));
    return used.length > 0 ? oldest(used.map((entry) => entry.decidedAt)) : nanosOf(doc.generatedAt);
  }
  return nanosOf(doc.generatedAt);
}

function normalOrigin(url: string): string {
  return url.toLowerCase().replace(/\/$/, '').replace(/:443$/, '');
}

function sameOrigin(doc: Doc, set: EvidenceSet, environment: string): boolean {
  const expected = set.candidate.origins.find((origin: Doc) => origin.environment === environment);
  return doc.origin !== undefined && normalOrigin(doc.origin.url) === normalOrigin(expected.url);
}

function approved(doc: Doc, now: bigint): boolean {
  return ['resources', 'traffic'].every((scope) => {
    const newest = newestDecisions(doc, scope);
    return (
      newest.length > 0 &&
      newest.every(
        (entry) =>
          entry.decision === 'approved' &&
          (!entry.expiresAt || nanosOf(entry.expiresAt) > now) &&
          (scope !== 'traffic' || entry.trafficPercent > 0),
      )
    );
  });
}

function meetsFloors(doc: Doc, floors: Record<string, number> = {}): boolean {
  return Object.entries(floors).every(([name, floor]) =>
    FLOOR_SIDE[name] === 'max' ? doc.thresholds[name] <= floor : doc.thresholds[name] >= floor,
  );
}

function statusPasses(doc: Doc): boolean {
  return doc.conclusion === 'success' && doc.checks.some((check: Doc) => check.status === 'passed');
}

function passes(gate: string, doc: Doc, set: EvidenceSet, now: bigint, policy: OraclePolicy): boolean {
  switch (gate) {
    case 'source-known':
      return statusPasses(doc);
    case 'staging-runtime':
      return statusPasses(doc) && sameOrigin(doc, set, 'staging');
    case 'production-cutover':
      return statusPasses(doc) && sameOrigin(doc, set, 'production');
    case 'secret-rotation':
      return doc.environment === 'production' && doc.secrets.every((secret: Doc) => secret.preflight === 'passed');
    case 'production-resources': {
      const ready = (type: string, label: string) =>
        doc.resources.some((r: Doc) => r.type === type && r.label === label && r.status === 'ready');
      return (
        doc.environment === 'production' &&
        doc.resources.every((r: Doc) => r.status === 'ready') &&
        set.candidate.expectedResources.every((e: Doc) => ready(e.type, e.label))
      );
    }
    case 'operator-approval':
      return approved(doc, now);
    default:
      return doc.verdict === 'pass' && meetsFloors(doc, policy.floors[gate]);
  }
}

/** True when a `ready` verdict is justified; `validity[i]` says whether document i passed its own check. */
export function readyIsJustified(set: EvidenceSet, validity: readonly boolean[]): boolean {
  if (validity.some((valid) => !valid)) return false;
  const policy = oraclePolicy(set);
  const now = nanosOf(set.now);
  const subject = set.candidate.subject;
  return [...new Set(policy.required)].every((gate) =>
    set.documents.some(
      (doc) =>
        servesGate(doc, gate) &&
        doc.subject.repository === subject.repository &&
        doc.subject.branch === subject.branch &&
        doc.subject.commitSha === subject.commitSha &&
        nanosOf(doc.generatedAt) <= now + durationNanos(policy.skew) &&
        now - measuredFrom(gate, doc) <= durationNanos(policy.maxAge[gate] ?? 'PT0S') &&
        passes(gate, doc, set, now, policy),
    ),
  );
}

/** Every instant at which, by a naive reading of §6, a document could start or stop serving, or a deferral lapse. */
function thresholds(set: EvidenceSet, policy: OraclePolicy): bigint[] {
  const instants = (set.candidate.acceptedDeferrals ?? []).map((entry: Doc) => nanosOf(entry.expiresAt));
  for (const doc of set.documents) {
    instants.push(nanosOf(doc.generatedAt) - durationNanos(policy.skew));
    for (const entry of doc.approvals ?? []) if (entry.expiresAt) instants.push(nanosOf(entry.expiresAt));
    for (const gate of Object.keys(DEFAULT_MAX_AGE)) {
      // Too old is `now − measuredFrom > maxAge`: the first such instant is one nanosecond past the boundary.
      if (servesGate(doc, gate))
        instants.push(measuredFrom(gate, doc) + durationNanos(policy.maxAge[gate] ?? 'PT0S') + 1n);
    }
  }
  return instants;
}

/**
 * §7 `validUntil` for a set that is `ready` now: the first of those instants after `now` at which ready is no longer
 * justified, in epoch nanoseconds; undefined when ready holds at every one of them.
 */
export function readyValidUntil(set: EvidenceSet, validity: readonly boolean[]): bigint | undefined {
  const now = nanosOf(set.now);
  const later = [...new Set(thresholds(set, oraclePolicy(set)))].filter((instant) => instant > now);
  later.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return later.find((instant) => !readyIsJustified({ ...set, now: timestampOf(instant) }, validity));
}

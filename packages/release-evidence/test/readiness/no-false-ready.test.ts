import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAIL_MUTATIONS } from './matrix.js';
import { expectedWarnings, measuredFrom, oraclePolicy, readyIsJustified } from './oracle.js';
import { durationNanos, nanosOf, shiftNanos, timestampOf } from './precise-time.js';
import {
  addLeak,
  baseline,
  type Doc,
  type EvidenceSet,
  evaluate,
  GATE_SELECTORS,
  OTHER_SHA,
  servesGate,
  shiftTimes,
} from './support.js';

function gateOfDoc(doc: Doc): string {
  return Object.keys(GATE_SELECTORS).find((gate) => servesGate(doc, gate)) ?? '';
}

interface MutationInput {
  readonly hours: number;
  /** Nanoseconds to land beside a limit: on it, or a nanosecond or most of a millisecond to either side. */
  readonly nudge: bigint;
  readonly set: EvidenceSet;
}

/** The instant `limit` of the set's policy for a document's gate, plus the nudge, as epoch nanoseconds. */
function besideAgeLimit(doc: Doc, { set, nudge }: MutationInput): bigint {
  const maxAge = oraclePolicy(set).maxAge[gateOfDoc(doc)] ?? 'PT0S';
  return nanosOf(set.now) - durationNanos(maxAge) + nudge;
}

/** Mutations that may or may not spoil a document; readiness must notice whenever they do. */
const MUTATIONS: Record<string, (doc: Doc, input: MutationInput) => Doc> = {
  shift: (doc, { hours }) => shiftTimes(doc, hours),
  commit: (doc) => ({ ...doc, subject: { ...doc.subject, commitSha: OTHER_SHA } }),
  branch: (doc) => ({ ...doc, subject: { ...doc.subject, branch: 'feature/other' } }),
  repository: (doc) => ({ ...doc, subject: { ...doc.subject, repository: 'example-org/other' } }),
  fail: (doc) => {
    const copy = structuredClone(doc);
    FAIL_MUTATIONS[gateOfDoc(doc)]?.(copy);
    return copy;
  },
  leak: (doc) => {
    const copy = structuredClone(doc);
    addLeak(copy);
    return copy;
  },
  unknownField: (doc) => ({ ...doc, reviewedBy: 'release-team' }),
  staging: (doc) => ({ ...doc, ...(doc.environment ? { environment: 'staging' } : {}) }),
  expireApproval: (doc) => {
    if (!doc.approvals) return doc;
    const copy = structuredClone(doc);
    for (const entry of copy.approvals) entry.expiresAt = shiftTimes(entry.decidedAt, 0.5);
    return copy;
  },
  // §11: times at full precision. The whole document moves, so its own time rules still hold.
  ageLimit: (doc, input) => shiftNanos(doc, besideAgeLimit(doc, input) - measuredFrom(gateOfDoc(doc), doc)),
  skewLimit: (doc, { set, nudge }) => {
    const latest = nanosOf(set.now) + durationNanos(oraclePolicy(set).skew) + nudge;
    return shiftNanos(doc, latest - nanosOf(doc.generatedAt));
  },
  // §11: operator-approval age from the decisions used; a rejection beside the approval, within a millisecond.
  decisionAge: (doc, input) => {
    if (!doc.approvals) return doc;
    const copy = structuredClone(doc);
    const entry = copy.approvals[input.hours & 1];
    entry.decidedAt = timestampOf(besideAgeLimit(doc, input));
    entry.expiresAt = timestampOf(nanosOf(input.set.now) + durationNanos('P30D'));
    return copy;
  },
  decisionTie: (doc, { nudge }) => {
    if (!doc.approvals) return doc;
    const copy = structuredClone(doc);
    const traffic = copy.approvals[1];
    copy.approvals.push({
      ...traffic,
      decision: 'rejected',
      decidedAt: timestampOf(nanosOf(traffic.decidedAt) + nudge),
    });
    return copy;
  },
  // §11: a traffic approval needs trafficPercent above 0.
  zeroTraffic: (doc, { hours }) => {
    if (!doc.approvals) return doc;
    const copy = structuredClone(doc);
    copy.approvals[1].trafficPercent = hours % 3 === 0 ? 0.5 : 0;
    return copy;
  },
  // §11: release-status gates need a passed check; all skipped is still `success`.
  skipChecks: (doc) => {
    if (!doc.checks) return doc;
    const copy = structuredClone(doc);
    for (const check of copy.checks) check.status = 'skipped';
    copy.summary = { passed: 0, failed: 0, skipped: copy.checks.length };
    copy.conclusion = 'success';
    return copy;
  },
};

const hasApprovals = (doc: Doc) => doc.approvals !== undefined;
/** Mutations that only change some documents pick their target among those, so they are not wasted on the rest. */
const TARGETS: Record<string, (doc: Doc) => boolean> = {
  expireApproval: hasApprovals,
  decisionAge: hasApprovals,
  decisionTie: hasApprovals,
  zeroTraffic: hasApprovals,
  skipChecks: (doc) => doc.checks !== undefined,
};

/** The §11 cases land on a limit only in a narrow band, so they are drawn as often as all the others together. */
const EDGE_OPS = ['ageLimit', 'skewLimit', 'decisionAge', 'decisionTie', 'zeroTraffic', 'skipChecks'];

const mutation = fc.record({
  target: fc.nat(),
  op: fc.oneof(
    fc.constantFrom(...Object.keys(MUTATIONS).filter((op) => !EDGE_OPS.includes(op))),
    fc.constantFrom(...EDGE_OPS),
  ),
  hours: fc.integer({ min: -24 * 100, max: 72 }),
  nudge: fc.constantFrom(-999_999n, -1n, 0n, 1n, 999_999n),
  // A mutated copy may join the set next to the original instead of replacing it.
  asCopy: fc.boolean(),
});

/** Floors around the baseline's own thresholds (canary 10 / 0.95 / 8000, image safety 40 / 0.99 / 0.9). */
const FLOOR_VALUES: Record<string, Record<string, number[]>> = {
  'provider-canary': { minRuns: [1, 10, 11], minSuccessRate: [0, 0.95, 0.96], maxP95LatencyMs: [7999, 8000, 20000] },
  'image-safety': { minSamples: [1, 40, 41], minUnsafeBlockedRate: [0.98, 0.99, 1], minSafeAllowedRate: [0.9, 0.91] },
};
const floor = fc
  .constantFrom(
    ...Object.entries(FLOOR_VALUES).flatMap(([gate, names]) => Object.keys(names).map((name) => [gate, name])),
  )
  .chain(([gate = '', name = '']) =>
    fc.constantFrom(...(FLOOR_VALUES[gate]?.[name] ?? [])).map((value) => ({ [gate]: { [name]: value } })),
  );

/** §6 floors, weakened (or tightened) max ages and clock skews, and an optional gate made required. */
const policy = fc.record(
  {
    maxAge: fc
      .constantFrom('source-known', 'operator-approval', 'provider-canary', 'secret-rotation')
      .chain((gate) =>
        fc.constantFrom('PT1H', 'PT24H', 'P8D', 'P30D', 'P100D').map((duration) => ({ [gate]: duration })),
      ),
    clockSkew: fc.constantFrom('PT0S', 'PT5M', 'PT6M', 'PT3H'),
    floors: floor,
    requiredGates: fc.constant<['production-cutover']>(['production-cutover']),
  },
  { requiredKeys: [] },
);

const setup = fc.record({
  // `now` with a fraction: limits then fall between milliseconds.
  nowFraction: fc.constantFrom('', '.000000001', '.000999', '.999999999'),
  candidatePolicy: fc.option(policy, { nil: undefined, freq: 2 }),
  commandLinePolicy: fc.option(policy, { nil: undefined, freq: 2 }),
});

const evidence = fc.tuple(
  setup,
  fc.oneof(fc.constant(null), fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 5 })),
  fc.array(mutation, { maxLength: 3 }),
);

type Evidence = typeof evidence extends fc.Arbitrary<infer T> ? T : never;

function build([options, subset, mutations]: Evidence): EvidenceSet {
  const set = baseline();
  set.now = set.now.replace('Z', `${options.nowFraction}Z`);
  if (options.candidatePolicy) set.candidate.policy = options.candidatePolicy;
  if (options.commandLinePolicy) set.policy = options.commandLinePolicy;
  if (subset !== null) set.documents = subset.map((index) => set.documents[index] as Doc);
  mutations.forEach((entry, step) => {
    const pool = set.documents.filter(TARGETS[entry.op] ?? (() => true));
    if (pool.length === 0) return;
    const original = pool[entry.target % pool.length] as Doc;
    const index = set.documents.indexOf(original);
    const mutated = MUTATIONS[entry.op]?.(original, { ...entry, set }) ?? original;
    if (entry.asCopy) set.documents.push({ ...mutated, id: `${mutated.id}-copy-${step}` });
    else set.documents[index] = mutated;
  });
  return set;
}

describe('no false ready', () => {
  it('never says ready unless every required gate has valid, matched, fresh, passing evidence', async () => {
    await fc.assert(
      fc.asyncProperty(evidence, async (input) => {
        const set = build(input);
        const { readiness, checks } = await evaluate(set);
        // Weakening never changes whether ready is justified, and is never silent (§6).
        const warnings = (readiness.warnings ?? [])
          .filter((entry) => entry.code === 'policy-weakened')
          .map((entry) => `${entry.code} ${entry.gate ?? '-'}`)
          .sort();
        expect(warnings).toEqual(expectedWarnings(set));
        if (readiness.verdict === 'ready') {
          expect(
            readyIsJustified(
              set,
              checks.map((check) => check.ok),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  // The property is only meaningful when some runs reach ready. Measured on a fixed sample, so it cannot flake.
  it('draws ready sets often enough for the property to mean something', async () => {
    const sample = fc.sample(evidence, { seed: 20261120, numRuns: 300 });
    const verdicts = await Promise.all(sample.map(async (input) => (await evaluate(build(input))).readiness.verdict));
    // The fixed sample gives 49 of 300.
    expect(verdicts.filter((verdict) => verdict === 'ready').length).toBeGreaterThanOrEqual(45);
  });
});

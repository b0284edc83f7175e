import * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope } from '../envelope.js';
import { defineKind, isAfter, isLate, latestObservation } from '../rules.js';
import { count, durationMs, environment, label, oneOf, positiveCount, timestamp } from '../scalars.js';
import { CANARY_THRESHOLDS } from '../thresholds.js';

export const VERDICTS = ['pass', 'fail', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const providerCanaryEvidence = closedObject({
  ...evidenceEnvelope('provider-canary-evidence'),
  environment,
  provider: closedObject({ label, modelLabel: v.optional(label) }),
  window: closedObject({ startedAt: timestamp, endedAt: timestamp }),
  runs: closedObject({ attempted: positiveCount, succeeded: count, failed: count, timedOut: count }),
  latencyMs: closedObject({ p50: durationMs, p95: durationMs, max: durationMs }),
  thresholds: closedObject(CANARY_THRESHOLDS),
  verdict: oneOf(VERDICTS),
});

export type ProviderCanaryEvidence = v.InferOutput<typeof providerCanaryEvidence>;

type CanaryFigures = Pick<ProviderCanaryEvidence, 'runs' | 'latencyMs' | 'thresholds'>;

/** Spec §4: inconclusive below minRuns; pass when the success rate and p95 meet the thresholds; fail otherwise. */
export function computeCanaryVerdict(doc: CanaryFigures): Verdict {
  const { runs, latencyMs, thresholds } = doc;
  if (runs.attempted < thresholds.minRuns) return 'inconclusive';
  const successRate = runs.succeeded / runs.attempted;
  return successRate >= thresholds.minSuccessRate && latencyMs.p95 <= thresholds.maxP95LatencyMs ? 'pass' : 'fail';
}

export const providerCanaryEvidenceKind = defineKind({
  kind: 'provider-canary-evidence',
  schema: providerCanaryEvidence,
  rules(doc, context) {
    const { runs, latencyMs, window } = doc;
    if (runs.succeeded + runs.failed + runs.timedOut !== runs.attempted) context.report('runs-mismatch', ['runs']);
    if (latencyMs.p50 > latencyMs.p95 || latencyMs.p95 > latencyMs.max) context.report('latency-order', ['latencyMs']);
    if (isAfter(window.startedAt, window.endedAt)) context.report('time-order', ['window']);
    const latest = latestObservation(context, doc.generatedAt);
    if (isLate(window.startedAt, latest)) context.report('time-order', ['window', 'startedAt']);
    if (isLate(window.endedAt, latest)) context.report('time-order', ['window', 'endedAt']);
    if (doc.verdict !== computeCanaryVerdict(doc)) context.report('verdict-mismatch', ['verdict']);
  },
});

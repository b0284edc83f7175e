import type * as v from 'valibot';
import { closedObject } from '../closed.js';
import { evidenceEnvelope } from '../envelope.js';
import { defineKind } from '../rules.js';
import { count, environment, label, oneOf, reference } from '../scalars.js';
import { IMAGE_SAFETY_THRESHOLDS } from '../thresholds.js';
import { VERDICTS, type Verdict } from './provider-canary-evidence.js';

export const imageSafetyCanaryEvidence = closedObject({
  ...evidenceEnvelope('image-safety-canary-evidence'),
  environment,
  reviewerMode: label,
  decisionSource: reference,
  samples: closedObject({
    unsafeTotal: count,
    unsafeBlocked: count,
    safeTotal: count,
    safeAllowed: count,
    escalated: count,
  }),
  thresholds: closedObject(IMAGE_SAFETY_THRESHOLDS),
  verdict: oneOf(VERDICTS),
});

export type ImageSafetyCanaryEvidence = v.InferOutput<typeof imageSafetyCanaryEvidence>;

type SafetyFigures = Pick<ImageSafetyCanaryEvidence, 'samples' | 'thresholds'>;

/** A division where an empty total counts as fully met (spec §4). */
function rateOf(part: number, total: number): number {
  return total === 0 ? 1 : part / total;
}

/** Spec §4: inconclusive below minSamples; pass when both rates meet their minimum; fail otherwise. */
export function computeImageSafetyVerdict(doc: SafetyFigures): Verdict {
  const { samples, thresholds } = doc;
  if (samples.unsafeTotal + samples.safeTotal < thresholds.minSamples) return 'inconclusive';
  const blocked = rateOf(samples.unsafeBlocked, samples.unsafeTotal) >= thresholds.minUnsafeBlockedRate;
  const allowed = rateOf(samples.safeAllowed, samples.safeTotal) >= thresholds.minSafeAllowedRate;
  return blocked && allowed ? 'pass' : 'fail';
}

export const imageSafetyCanaryEvidenceKind = defineKind({
  kind: 'image-safety-canary-evidence',
  schema: imageSafetyCanaryEvidence,
  rules(doc, context) {
    const { samples } = doc;
    if (samples.unsafeBlocked > samples.unsafeTotal) context.report('samples-mismatch', ['samples', 'unsafeBlocked']);
    if (samples.safeAllowed > samples.safeTotal) context.report('samples-mismatch', ['samples', 'safeAllowed']);
    if (doc.verdict !== computeImageSafetyVerdict(doc)) context.report('verdict-mismatch', ['verdict']);
  },
});

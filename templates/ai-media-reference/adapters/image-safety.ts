import type { ImageSafetyCanaryEvidence } from '@cloudflare-saas-core/release-evidence';
import { evidenceId, imageSafetyCanaryEvidence } from '@cloudflare-saas-core/release-evidence/builders';
import { reviewImage, type SafetyDecision } from '../src/image-safety.js';
import { generateSafetySamples, type SafetySample } from './image-safety-samples.js';
import type { ReleaseConfig } from './shared/config.js';
import { producerOf } from './shared/producer.js';
import type { Subject } from './shared/subject.js';

export interface SampleOutcome {
  readonly expected: SafetySample['expected'];
  readonly decision: SafetyDecision;
}

export function reviewSamples(samples: readonly SafetySample[]): SampleOutcome[] {
  return samples.map((sample) => ({ expected: sample.expected, decision: reviewImage(sample.input).decision }));
}

/**
 * Counts per spec §4. An escalated image is held for a human and not published: it counts as blocked for unsafe
 * samples and as not allowed for safe ones, and every escalation is also counted in `escalated`.
 */
export function countOutcomes(outcomes: readonly SampleOutcome[]) {
  const unsafe = outcomes.filter((outcome) => outcome.expected === 'unsafe');
  const safe = outcomes.filter((outcome) => outcome.expected === 'safe');
  return {
    unsafeTotal: unsafe.length,
    unsafeBlocked: unsafe.filter((outcome) => outcome.decision !== 'allow').length,
    safeTotal: safe.length,
    safeAllowed: safe.filter((outcome) => outcome.decision === 'allow').length,
    escalated: outcomes.filter((outcome) => outcome.decision === 'escalate').length,
  };
}

/** Runs the generated, labelled sample set through the template's safety check: `image-safety-canary-evidence`. */
export function buildImageSafetyEvidence(
  config: ReleaseConfig,
  subject: Subject,
  generatedAt: string,
): ImageSafetyCanaryEvidence {
  const { reviewerMode, decisionSource, thresholds } = config.imageSafety;
  return imageSafetyCanaryEvidence({
    id: evidenceId('image-safety', subject),
    generatedAt,
    subject,
    producer: producerOf('image-safety-review'),
    environment: 'staging',
    reviewerMode,
    decisionSource,
    samples: countOutcomes(reviewSamples(generateSafetySamples())),
    thresholds: { ...thresholds },
  });
}

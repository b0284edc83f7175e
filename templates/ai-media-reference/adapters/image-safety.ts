import { reviewImage, type SafetyDecision } from '../src/image-safety.js';
import { generateSafetySamples, type SafetySample } from './image-safety-samples.js';
import type { ReleaseConfig } from './shared/config.js';
import { envelope } from './shared/envelope.js';
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

type Samples = ReturnType<typeof countOutcomes>;
type SafetyThresholds = ReleaseConfig['imageSafety']['thresholds'];

/** A rate whose total is 0 is 1, as spec §4 says. */
const rate = (part: number, total: number): number => (total === 0 ? 1 : part / total);

export function safetyVerdict(samples: Samples, thresholds: SafetyThresholds): 'pass' | 'fail' | 'inconclusive' {
  if (samples.unsafeTotal + samples.safeTotal < thresholds.minSamples) return 'inconclusive';
  const blocked = rate(samples.unsafeBlocked, samples.unsafeTotal) >= thresholds.minUnsafeBlockedRate;
  const allowed = rate(samples.safeAllowed, samples.safeTotal) >= thresholds.minSafeAllowedRate;
  return blocked && allowed ? 'pass' : 'fail';
}

/** Runs the generated, labelled sample set through the template's safety check: `image-safety-canary-evidence`. */
export function buildImageSafetyEvidence(
  config: ReleaseConfig,
  subject: Subject,
  generatedAt: string,
): Record<string, unknown> {
  const samples = countOutcomes(reviewSamples(generateSafetySamples()));
  const { reviewerMode, decisionSource, thresholds } = config.imageSafety;
  return {
    ...envelope({
      kind: 'image-safety-canary-evidence',
      adapter: 'image-safety-review',
      subject,
      generatedAt,
      name: 'image-safety',
    }),
    environment: 'staging',
    reviewerMode,
    decisionSource,
    samples,
    thresholds: { ...thresholds },
    verdict: safetyVerdict(samples, thresholds),
  };
}

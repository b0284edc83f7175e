import { computeImageSafetyVerdict, type ImageSafetyCanaryEvidence } from '../kinds/image-safety-canary-evidence.js';
import { type EvidenceHeader, envelopeOf } from './header.js';

export interface ImageSafetyCanaryEvidenceInput extends EvidenceHeader {
  readonly environment: ImageSafetyCanaryEvidence['environment'];
  readonly reviewerMode: string;
  readonly decisionSource: string;
  readonly samples: ImageSafetyCanaryEvidence['samples'];
  readonly thresholds: ImageSafetyCanaryEvidence['thresholds'];
}

/** `image-safety-canary-evidence` with the verdict computed by the spec §4 rule. */
export function imageSafetyCanaryEvidence(input: ImageSafetyCanaryEvidenceInput): ImageSafetyCanaryEvidence {
  const figures = { samples: { ...input.samples }, thresholds: { ...input.thresholds } };
  return {
    ...envelopeOf('image-safety-canary-evidence', input),
    environment: input.environment,
    reviewerMode: input.reviewerMode,
    decisionSource: input.decisionSource,
    ...figures,
    verdict: computeImageSafetyVerdict(figures),
  };
}

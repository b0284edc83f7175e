import { computeCanaryVerdict, type ProviderCanaryEvidence } from '../kinds/provider-canary-evidence.js';
import { type EvidenceHeader, envelopeOf } from './header.js';

export interface ProviderCanaryEvidenceInput extends EvidenceHeader {
  readonly environment: ProviderCanaryEvidence['environment'];
  readonly provider: ProviderCanaryEvidence['provider'];
  readonly window: ProviderCanaryEvidence['window'];
  readonly runs: ProviderCanaryEvidence['runs'];
  readonly latencyMs: ProviderCanaryEvidence['latencyMs'];
  readonly thresholds: ProviderCanaryEvidence['thresholds'];
}

/** `provider-canary-evidence` with the verdict computed by the spec §4 rule. */
export function providerCanaryEvidence(input: ProviderCanaryEvidenceInput): ProviderCanaryEvidence {
  const figures = { runs: { ...input.runs }, latencyMs: { ...input.latencyMs }, thresholds: { ...input.thresholds } };
  return {
    ...envelopeOf('provider-canary-evidence', input),
    environment: input.environment,
    provider: { ...input.provider },
    window: { startedAt: input.window.startedAt, endedAt: input.window.endedAt },
    ...figures,
    verdict: computeCanaryVerdict(figures),
  };
}

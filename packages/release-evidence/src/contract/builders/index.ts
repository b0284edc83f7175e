// Pure builders for adapters: each takes a kind's own facts and returns the document typed as the contract's
// inferred type, with every derived field (summaries, conclusions, statuses, verdicts, sorted lists) computed.
export { compareText, type EvidenceHeader, type Extensions } from './header.js';
export {
  type ImageSafetyCanaryEvidenceInput,
  imageSafetyCanaryEvidence,
} from './image-safety-canary-evidence.js';
export { evidenceId, isBranch, isCommitSha, isLabel, isReference, isSecretName, toLabel } from './labels.js';
export {
  type OperatorApproval,
  type OperatorAssistedProductionInput,
  operatorAssistedProduction,
} from './operator-assisted-production.js';
export {
  type CheckedResource,
  type ProductionResourceReadyInput,
  productionResourceReady,
} from './production-resource-ready.js';
export { type ProviderCanaryEvidenceInput, providerCanaryEvidence } from './provider-canary-evidence.js';
export { type ReleaseCandidateInput, releaseCandidate } from './release-candidate.js';
export { type ReleaseCheck, type ReleaseStatusInput, releaseStatus, summarizeChecks } from './release-status.js';
export {
  type RotatedSecret,
  type SecretRotationReceiptInput,
  secretRotationReceipt,
} from './secret-rotation-receipt.js';

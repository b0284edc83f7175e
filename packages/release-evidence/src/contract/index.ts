export { type IssueCode, isIssueCode } from './codes.js';
export { derivedId } from './derived-id.js';
export type { Origin, Producer, Subject, WorkflowRun } from './envelope.js';
export { isEchoableName, parseIssue, pointerOf, type ValidationIssue } from './issues.js';
export { jsonSchemaFor, policyJsonSchema } from './json-schema.js';
export type { EvidenceDocument } from './kinds/evidence-document.js';
export {
  ADAPTER_RESPONSIBILITIES,
  CORE_RESPONSIBILITIES,
  type ExtractionFixture,
} from './kinds/extraction-fixture.js';
export {
  computeImageSafetyVerdict,
  type ImageSafetyCanaryEvidence,
} from './kinds/image-safety-canary-evidence.js';
export type { OperatorAssistedProduction } from './kinds/operator-assisted-production.js';
export {
  type ProductionResourceReady,
  RESOURCE_TYPES,
  type ResourceType,
} from './kinds/production-resource-ready.js';
export {
  computeCanaryVerdict,
  type ProviderCanaryEvidence,
  VERDICTS,
  type Verdict,
} from './kinds/provider-canary-evidence.js';
export type { ReleaseCandidate } from './kinds/release-candidate.js';
export type { ReleasePacket } from './kinds/release-packet.js';
export {
  DEFERRAL_STATUSES,
  GATE_STATUSES,
  type GateStatus,
  READINESS_VERDICTS,
  type ReadinessVerdict,
  type ReleaseReadiness,
} from './kinds/release-readiness.js';
export type { ReleaseStatus } from './kinds/release-status.js';
export type { SecretRotationReceipt } from './kinds/secret-rotation-receipt.js';
export {
  CONTRACT,
  classOf,
  EVIDENCE_CLASSES,
  EVIDENCE_KINDS,
  EVIDENCE_TABLE,
  type EvidenceClass,
  type EvidenceKind,
  GATE_IDS,
  type GateId,
  gateOf,
  isEvidenceKind,
  isGateId,
  isKind,
  KINDS,
  type Kind,
} from './kinds.js';
export { normalizeOrigin, originsEqual } from './origin-url.js';
export type { Policy } from './policy-schema.js';
export { APPROVAL_SCOPES, REMEDY_CODES, type RemedyCode, SUBJECT_FIELDS } from './remedy.js';
export { FLOOR_DIRECTIONS, type FloorGate, type Floors } from './thresholds.js';
export {
  addMilliseconds,
  compareInstants,
  type Instant,
  NOT_AN_INSTANT,
  parseDuration,
  parseInstant,
  parseTimestamp,
} from './time.js';
export {
  DEFAULT_CLOCK_SKEW_MS,
  type PolicyValidation,
  type ValidateOptions,
  type ValidationResult,
  validateDocument,
  validateParsed,
  validatePolicy,
} from './validate.js';

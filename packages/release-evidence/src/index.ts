// The root export: the operations and the document types most users need, and nothing else (docs/api.md). The
// advanced pieces (walker, JCS, rule catalogue, builders, gate specs...) are the subpaths, one per module. This entry
// and every subpath are pure: no node: modules, no file system, no network, no eval. They run unchanged in Workers.

export { jsonSchemaFor, policyJsonSchema } from './contract/json-schema.js';
export type { EvidenceDocument } from './contract/kinds/evidence-document.js';
export type { ExtractionFixture } from './contract/kinds/extraction-fixture.js';
export type { ImageSafetyCanaryEvidence } from './contract/kinds/image-safety-canary-evidence.js';
export type { OperatorAssistedProduction } from './contract/kinds/operator-assisted-production.js';
export type { ProductionResourceReady } from './contract/kinds/production-resource-ready.js';
export type { ProviderCanaryEvidence } from './contract/kinds/provider-canary-evidence.js';
export type { ReleaseCandidate } from './contract/kinds/release-candidate.js';
export type { ReleasePacket } from './contract/kinds/release-packet.js';
export type { ReleaseReadiness } from './contract/kinds/release-readiness.js';
export type { ReleaseStatus } from './contract/kinds/release-status.js';
export type { SecretRotationReceipt } from './contract/kinds/secret-rotation-receipt.js';
export { KINDS, type Kind } from './contract/kinds.js';
export type { Policy } from './contract/policy-schema.js';
export { type ValidationResult, validateDocument, validatePolicy } from './contract/validate.js';
export { diffReleases } from './diff/diff.js';
export { checkFixture } from './fixture/check.js';
export { formatDiffMarkdown } from './format/diff-markdown.js';
export { formatPacketHtml, formatReadinessHtml } from './format/html/index.js';
export { formatJson } from './format/json.js';
export { formatReadinessMarkdown } from './format/markdown.js';
export { formatDiffText } from './format/text/diff.js';
export { formatPacketText, formatVerificationText } from './format/text/packet.js';
export { formatReadinessText } from './format/text/readiness.js';
export { buildPacket, type PacketOutcome } from './packet/build.js';
export { type PacketVerification, verifyPacket } from './packet/verify.js';
export { checkDocument, scanText, scanValue } from './privacy/scanner.js';
export type { ScanResult } from './privacy/types.js';
export type { Problem } from './problem/problem.js';
export { renderProblem } from './problem/render.js';
export { evaluateReadiness, type ReadinessOutcome } from './readiness/evaluate.js';

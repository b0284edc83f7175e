// The document kinds, evidence classes and gates of the contract, and the §4 table that links them.

export const CONTRACT = 'release-evidence/v1';

export const EVIDENCE_KINDS = [
  'release-status',
  'secret-rotation-receipt',
  'production-resource-ready',
  'operator-assisted-production',
  'provider-canary-evidence',
  'image-safety-canary-evidence',
] as const;

export const KINDS = [
  ...EVIDENCE_KINDS,
  'release-candidate',
  'release-readiness',
  'release-packet',
  'extraction-fixture',
] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type Kind = (typeof KINDS)[number];

export const EVIDENCE_CLASSES = [
  'source-known',
  'staging-runtime',
  'secret-rotation',
  'production-cutover',
  'provider-canary',
  'image-safety',
] as const;
export type EvidenceClass = (typeof EVIDENCE_CLASSES)[number];

/** Gate ids in the order of the §6 table. */
export const GATE_IDS = [
  'source-known',
  'staging-runtime',
  'secret-rotation',
  'production-resources',
  'operator-approval',
  'provider-canary',
  'image-safety',
  'production-cutover',
] as const;
export type GateId = (typeof GATE_IDS)[number];

const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const EVIDENCE_KIND_SET: ReadonlySet<string> = new Set(EVIDENCE_KINDS);
const GATE_SET: ReadonlySet<string> = new Set(GATE_IDS);

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && KIND_SET.has(value);
}

export function isEvidenceKind(value: unknown): value is EvidenceKind {
  return typeof value === 'string' && EVIDENCE_KIND_SET.has(value);
}

export function isGateId(value: unknown): value is GateId {
  return typeof value === 'string' && GATE_SET.has(value);
}

interface Placement {
  readonly kind: EvidenceKind;
  /** For release-status only: the stage that selects the row. */
  readonly stage?: string;
  readonly class: EvidenceClass;
  readonly gate: GateId;
}

/** Spec §4: each evidence kind (and release-status stage) with its class and gate. */
export const EVIDENCE_TABLE: readonly Placement[] = [
  { kind: 'release-status', stage: 'source', class: 'source-known', gate: 'source-known' },
  { kind: 'release-status', stage: 'staging', class: 'staging-runtime', gate: 'staging-runtime' },
  { kind: 'release-status', stage: 'production', class: 'production-cutover', gate: 'production-cutover' },
  { kind: 'secret-rotation-receipt', class: 'secret-rotation', gate: 'secret-rotation' },
  { kind: 'production-resource-ready', class: 'production-cutover', gate: 'production-resources' },
  { kind: 'operator-assisted-production', class: 'production-cutover', gate: 'operator-approval' },
  { kind: 'provider-canary-evidence', class: 'provider-canary', gate: 'provider-canary' },
  { kind: 'image-safety-canary-evidence', class: 'image-safety', gate: 'image-safety' },
];

function placementOf(doc: unknown): Placement | undefined {
  if (doc === null || typeof doc !== 'object') return undefined;
  const { kind, stage } = doc as { kind?: unknown; stage?: unknown };
  return EVIDENCE_TABLE.find((row) => row.kind === kind && (row.stage === undefined || row.stage === stage));
}

/** The evidence class of a document, or undefined when it is not evidence (or has no known stage). */
export function classOf(doc: unknown): EvidenceClass | undefined {
  return placementOf(doc)?.class;
}

/** The gate a document serves, or undefined when it is not evidence (or has no known stage). */
export function gateOf(doc: unknown): GateId | undefined {
  return placementOf(doc)?.gate;
}

import { parseDuration, parseTimestamp, type ReleaseReadiness } from '../contract/index.js';
import type { DocumentCheck, Finding } from '../privacy/index.js';
import { READINESS_GATES } from '../readiness/index.js';

/** One input as a report sees it, matched to `readiness.inputs` by digest. */
export interface ReportDocument {
  readonly digest: string;
  /** The parsed document; only read when readiness found it valid. */
  readonly value?: unknown;
  readonly findings: readonly Finding[];
}

/** The report's view of a readiness run: each input's digest, parsed value and privacy findings. */
export function reportDocuments(outcome: {
  readonly checks: readonly DocumentCheck[];
  readonly digests: readonly string[];
}): ReportDocument[] {
  return outcome.checks.map((check, index) => ({
    digest: outcome.digests[index] as string,
    value: check.value,
    findings: check.findings,
  }));
}

type Gate = ReleaseReadiness['gates'][number];

/** How old a gate's chosen evidence is against the policy's max age (§6). */
export interface EvidenceAge {
  /** The instant the age is measured from: the oldest of the gate's `ageFrom` instants. */
  readonly measuredFromMs: number;
  readonly ageMs: number;
  readonly maxAge: string;
  readonly maxAgeMs: number;
  /** When the evidence ages past its max age: `measuredFromMs + maxAgeMs`. */
  readonly holdsUntilMs: number;
}

/**
 * The age of each gate's chosen evidence, keyed by gate, measured as readiness measures it. A gate that states
 * `measuredFrom` (§7 additions) is measured from that; otherwise the instant is found in the chosen document with the
 * gate table's `ageFrom` (oldest wins). Gates without evidence, or whose evidence is invalid or not among
 * `documents`, have no entry: an invalid document's times are not trusted.
 */
export function evidenceAges(
  readiness: ReleaseReadiness,
  documents: readonly ReportDocument[],
): Map<string, EvidenceAge> {
  const nowMs = parseTimestamp(readiness.now);
  const ages = new Map<string, EvidenceAge>();
  if (Number.isNaN(nowMs)) return ages;
  const validDigests = new Set(readiness.inputs.filter((input) => input.valid).map((input) => input.digest));
  const byDigest = new Map(documents.map((document) => [document.digest, document]));
  for (const gate of readiness.gates as readonly (Gate & { readonly measuredFrom?: string })[]) {
    const maxAge = readiness.policy?.maxAge?.[gate.gate];
    if (maxAge === undefined || gate.evidence === undefined || !validDigests.has(gate.evidence.digest)) continue;
    const measuredFromMs =
      gate.measuredFrom === undefined
        ? measuredInDocument(gate.gate, byDigest.get(gate.evidence.digest))
        : parseTimestamp(gate.measuredFrom);
    const maxAgeMs = parseDuration(maxAge);
    if (!Number.isFinite(measuredFromMs) || !Number.isFinite(maxAgeMs)) continue;
    ages.set(gate.gate, {
      measuredFromMs,
      ageMs: nowMs - measuredFromMs,
      maxAge,
      maxAgeMs,
      holdsUntilMs: measuredFromMs + maxAgeMs,
    });
  }
  return ages;
}

/** The oldest of the gate's `ageFrom` instants in a valid document, as `gateResult` takes it; NaN without one. */
function measuredInDocument(gate: string, document: ReportDocument | undefined): number {
  const spec = READINESS_GATES.find((entry) => entry.gate === gate);
  if (spec === undefined || document === undefined) return Number.NaN;
  const view = document.value as Parameters<typeof spec.ageFrom>[0];
  const from = spec.ageFrom(view);
  return Math.min(...(from.length > 0 ? from : [view.generatedAt]).map(parseTimestamp));
}

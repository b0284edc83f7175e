import { parseDuration, parseTimestamp, type ReleaseReadiness } from '../contract/index.js';
import type { DocumentCheck, Finding } from '../privacy/index.js';

/** One input's privacy findings, matched to `readiness.inputs` by digest. */
export interface ReportDocument {
  readonly digest: string;
  readonly findings: readonly Finding[];
}

/** The report's view of a readiness run: each input's digest and privacy findings. */
export function reportDocuments(outcome: {
  readonly checks: readonly DocumentCheck[];
  readonly digests: readonly string[];
}): ReportDocument[] {
  return outcome.checks.map((check, index) => ({
    digest: outcome.digests[index] as string,
    findings: check.findings,
  }));
}

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
 * The age of each gate's chosen evidence against its max age, keyed by gate: from the gate's `measuredFrom`, which
 * readiness sets exactly when it chose valid evidence. Gates without it have no entry.
 */
export function evidenceAges(readiness: ReleaseReadiness): Map<string, EvidenceAge> {
  const nowMs = parseTimestamp(readiness.now);
  const ages = new Map<string, EvidenceAge>();
  for (const gate of readiness.gates) {
    const maxAge = readiness.policy?.maxAge?.[gate.gate];
    if (maxAge === undefined || gate.measuredFrom === undefined) continue;
    const measuredFromMs = parseTimestamp(gate.measuredFrom);
    const maxAgeMs = parseDuration(maxAge);
    if (![nowMs, measuredFromMs, maxAgeMs].every(Number.isFinite)) continue;
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

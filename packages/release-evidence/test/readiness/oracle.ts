// An independent, deliberately naive reading of spec §6 used to judge readiness in property tests: does the evidence
// set contain, for every required gate, a document that is valid, matched, fresh and passing?
import type { Doc, EvidenceSet } from './support.js';
import { servesGate } from './support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SKEW = 5 * 60_000;

const MAX_AGE: Record<string, number> = {
  'source-known': 7 * DAY,
  'staging-runtime': DAY,
  'secret-rotation': 90 * DAY,
  'production-resources': DAY,
  'operator-approval': 7 * DAY,
  'provider-canary': DAY,
  'image-safety': 72 * HOUR,
};

function oldest(values: string[]): number {
  return Math.min(...values.map((value) => Date.parse(value)));
}

function measuredFrom(gate: string, doc: Doc): number {
  if (gate === 'secret-rotation') return oldest(doc.secrets.map((secret: Doc) => secret.after.updatedAt));
  if (gate === 'production-resources') return oldest(doc.resources.map((resource: Doc) => resource.checkedAt));
  if (gate === 'provider-canary') return Date.parse(doc.window.endedAt);
  return Date.parse(doc.generatedAt);
}

function normalOrigin(url: string): string {
  return url.toLowerCase().replace(/\/$/, '').replace(/:443$/, '');
}

function sameOrigin(doc: Doc, set: EvidenceSet, environment: string): boolean {
  const expected = set.candidate.origins.find((origin: Doc) => origin.environment === environment);
  return doc.origin !== undefined && normalOrigin(doc.origin.url) === normalOrigin(expected.url);
}

function approved(doc: Doc, nowMs: number): boolean {
  return ['resources', 'traffic'].every((scope) => {
    const decided = doc.approvals.filter((entry: Doc) => entry.scope === scope && entry.decision !== 'pending');
    if (decided.length === 0) return false;
    const newest = Math.max(...decided.map((entry: Doc) => Date.parse(entry.decidedAt)));
    return decided
      .filter((entry: Doc) => Date.parse(entry.decidedAt) === newest)
      .every(
        (entry: Doc) => entry.decision === 'approved' && (!entry.expiresAt || Date.parse(entry.expiresAt) > nowMs),
      );
  });
}

function passes(gate: string, doc: Doc, set: EvidenceSet, nowMs: number): boolean {
  switch (gate) {
    case 'source-known':
      return doc.conclusion === 'success';
    case 'staging-runtime':
      return doc.conclusion === 'success' && sameOrigin(doc, set, 'staging');
    case 'secret-rotation':
      return doc.environment === 'production' && doc.secrets.every((secret: Doc) => secret.preflight === 'passed');
    case 'production-resources': {
      const ready = (type: string, label: string) =>
        doc.resources.some((r: Doc) => r.type === type && r.label === label && r.status === 'ready');
      return (
        doc.environment === 'production' &&
        doc.resources.every((r: Doc) => r.status === 'ready') &&
        set.candidate.expectedResources.every((e: Doc) => ready(e.type, e.label))
      );
    }
    case 'operator-approval':
      return approved(doc, nowMs);
    default:
      return doc.verdict === 'pass';
  }
}

/** True when a `ready` verdict is justified; `validity[i]` says whether document i passed its own check. */
export function readyIsJustified(set: EvidenceSet, validity: readonly boolean[]): boolean {
  if (validity.some((valid) => !valid)) return false;
  const nowMs = Date.parse(set.now);
  const subject = set.candidate.subject;
  return Object.keys(MAX_AGE).every((gate) =>
    set.documents.some(
      (doc) =>
        servesGate(doc, gate) &&
        doc.subject.repository === subject.repository &&
        doc.subject.branch === subject.branch &&
        doc.subject.commitSha === subject.commitSha &&
        Date.parse(doc.generatedAt) <= nowMs + SKEW &&
        nowMs - measuredFrom(gate, doc) <= (MAX_AGE[gate] ?? 0) &&
        passes(gate, doc, set, nowMs),
    ),
  );
}

/** Every instant at which, by a naive reading of §6, a document could start or stop serving, or a deferral lapse. */
function thresholds(set: EvidenceSet): number[] {
  const instants = (set.candidate.acceptedDeferrals ?? []).map((entry: Doc) => Date.parse(entry.expiresAt));
  for (const doc of set.documents) {
    instants.push(Date.parse(doc.generatedAt) - SKEW);
    for (const entry of doc.approvals ?? []) if (entry.expiresAt) instants.push(Date.parse(entry.expiresAt));
    for (const gate of Object.keys(MAX_AGE)) {
      if (servesGate(doc, gate)) instants.push(measuredFrom(gate, doc) + (MAX_AGE[gate] ?? 0) + 1);
    }
  }
  return instants;
}

/**
 * §7 `validUntil` for a set that is `ready` now: the first of those instants after `now` at which ready is no longer
 * justified, as an epoch instant; undefined when ready holds at every one of them.
 */
export function readyValidUntil(set: EvidenceSet, validity: readonly boolean[]): number | undefined {
  const nowMs = Date.parse(set.now);
  const later = [...new Set(thresholds(set))].filter((instant) => instant > nowMs).sort((a, b) => a - b);
  return later.find((instant) => !readyIsJustified({ ...set, now: new Date(instant).toISOString() }, validity));
}

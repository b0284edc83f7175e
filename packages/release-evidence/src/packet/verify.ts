import type { ReleasePacket } from '../contract/index.js';
import { canonicalJson } from '../json/index.js';
import { checkDocument, type DocumentCheck } from '../privacy/index.js';
import { type Problem, problem } from '../problem/index.js';
import { evaluateReadiness, type InputDocument, type ReadinessOutcome } from '../readiness/index.js';
import { artifactsOf } from './artifacts.js';
import { packetDigestOf } from './digest.js';
import { type ChangedDocument, compareDocuments, type DocumentComparison, type DocumentRef } from './match.js';

export interface PacketVerification {
  /** True only when every check below holds. */
  readonly ok: boolean;
  readonly changed: readonly ChangedDocument[];
  readonly missing: readonly DocumentRef[];
  readonly extra: readonly DocumentRef[];
  readonly packetDigestOk: boolean;
  readonly readinessMatches: boolean;
  /** Why it does not verify: packet-domain problems, whose arguments hold kinds, ids, codes and pointers only. */
  readonly reasons: readonly Problem[];
}

const NOTHING_COMPARED = { changed: [], missing: [], extra: [] } as const;

/** How many schema issues of a malformed packet are listed; the rest are counted. */
const MAX_LISTED_ISSUES = 20;

/**
 * Verifies a `release-packet` against the documents given now (spec §7): recomputes every digest and reports
 * changed, missing and extra documents; recomputes `packetDigest`; re-runs readiness at the packet's `now` with its
 * effective policy and compares the canonical bytes, so an edited verdict is caught even when the packet digest was
 * recomputed after the edit. A malformed packet is reported, never thrown.
 */
export async function verifyPacket(packet: unknown, documents: readonly InputDocument[]): Promise<PacketVerification> {
  // Checked like any input (§8): a packet that is not I-JSON or not privacy-clean is refused before any of its
  // values (an id, say) can reach a reason.
  const check = checkDocument(packet, { expectKind: 'release-packet' });
  if (!check.ok) {
    return {
      ok: false,
      ...NOTHING_COMPARED,
      packetDigestOk: false,
      readinessMatches: false,
      reasons: schemaReasons(check),
    };
  }
  const sealed = check.value as ReleasePacket;
  const packetDigestOk = (await packetDigestOf(sealed)) === sealed.packetDigest;
  const recorded = sealed.readiness;
  let outcome: ReadinessOutcome;
  try {
    const request = { candidate: sealed.candidate, documents, policy: recorded.policy, now: recorded.now };
    outcome = await evaluateReadiness(request);
  } catch {
    const reasons = [problem('readiness-not-reproducible')];
    return { ok: false, ...NOTHING_COMPARED, packetDigestOk, readinessMatches: false, reasons };
  }
  const rerun = outcome.readiness;
  const comparison = compareDocuments(recorded.inputs.map(refOf), rerun.inputs.map(refOf));
  const readinessMatches = canonicalJson(rerun) === canonicalJson(recorded);
  const artifactsMatch = canonicalJson(artifactsOf(outcome)) === canonicalJson(sealed.artifacts);
  const reasons = [
    ...documentReasons(comparison),
    ...(packetDigestOk ? [] : [problem('packet-digest-mismatch')]),
    ...(artifactsMatch ? [] : [problem('artifacts-mismatch')]),
    ...(readinessMatches ? [] : [problem('readiness-mismatch')]),
  ];
  return { ok: reasons.length === 0, ...comparison, packetDigestOk, readinessMatches, reasons };
}

/** The naming part of a readiness input; its validity and finding count are compared with the whole readiness. */
function refOf(input: { readonly kind?: string; readonly id?: string; readonly digest: string }): DocumentRef {
  return { kind: input.kind ?? 'unknown', ...(input.id === undefined ? {} : { id: input.id }), digest: input.digest };
}

function documentReasons({ changed, missing, extra }: DocumentComparison): Problem[] {
  const named = (ref: DocumentRef | ChangedDocument): Record<string, string> =>
    ref.id === undefined ? { kind: ref.kind } : { kind: ref.kind, id: ref.id };
  return [
    ...changed.map((ref) => problem('document-changed', named(ref))),
    ...missing.map((ref) => problem('document-missing', named(ref))),
    ...extra.map((ref) => problem('document-extra', named(ref))),
  ];
}

/** Codes, classes and pointers of a malformed or leaky packet's problems, never its values. */
function schemaReasons({ errors, findings }: DocumentCheck): Problem[] {
  const problems = [
    ...errors.map((issue) => problem('packet-invalid', { issue: issue.code, at: issue.pointer }, issue.pointer)),
    ...findings.map((finding) =>
      problem('packet-privacy', { class: finding.class, at: finding.pointer }, finding.pointer),
    ),
  ];
  const listed = problems.slice(0, MAX_LISTED_ISSUES);
  const more = problems.length - listed.length;
  return more > 0 ? [...listed, problem('packet-invalid', { more })] : listed;
}

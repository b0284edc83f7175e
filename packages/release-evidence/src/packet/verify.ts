import type { ReleasePacket } from '../contract/index.js';
import { canonicalJson } from '../json/index.js';
import { checkDocument, type DocumentCheck } from '../privacy/index.js';
import { problemAt } from '../problem/index.js';
import { evaluateReadiness, type InputDocument, type ReadinessOutcome } from '../readiness/index.js';
import { artifactsOf } from './artifacts.js';
import { packetDigestOf } from './digest.js';
import { type ChangedDocument, compareDocuments, type DocumentComparison, type DocumentRef } from './match.js';

export interface VerifyReason {
  readonly code: string;
  /** Names kinds, ids, codes and pointers only, never a document value. */
  readonly message: string;
}

export interface PacketVerification {
  /** True only when every check below holds. */
  readonly ok: boolean;
  readonly changed: readonly ChangedDocument[];
  readonly missing: readonly DocumentRef[];
  readonly extra: readonly DocumentRef[];
  readonly packetDigestOk: boolean;
  readonly readinessMatches: boolean;
  readonly reasons: readonly VerifyReason[];
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
    const reasons = [{ code: 'readiness-not-reproducible', message: 'readiness cannot be re-run from the packet' }];
    return { ok: false, ...NOTHING_COMPARED, packetDigestOk, readinessMatches: false, reasons };
  }
  const rerun = outcome.readiness;
  const comparison = compareDocuments(recorded.inputs.map(refOf), rerun.inputs.map(refOf));
  const readinessMatches = canonicalJson(rerun) === canonicalJson(recorded);
  const artifactsMatch = canonicalJson(artifactsOf(outcome)) === canonicalJson(sealed.artifacts);
  const reasons = [
    ...documentReasons(comparison),
    ...(packetDigestOk ? [] : [{ code: 'packet-digest-mismatch', message: 'packetDigest does not match the packet' }]),
    ...(artifactsMatch
      ? []
      : [{ code: 'artifacts-mismatch', message: 'the artifacts list does not match the documents' }]),
    ...(readinessMatches
      ? []
      : [{ code: 'readiness-mismatch', message: 'readiness re-run at the packet time differs' }]),
  ];
  return { ok: reasons.length === 0, ...comparison, packetDigestOk, readinessMatches, reasons };
}

/** The naming part of a readiness input; its validity and finding count are compared with the whole readiness. */
function refOf(input: { readonly kind?: string; readonly id?: string; readonly digest: string }): DocumentRef {
  return { kind: input.kind ?? 'unknown', ...(input.id === undefined ? {} : { id: input.id }), digest: input.digest };
}

function documentReasons({ changed, missing, extra }: DocumentComparison): VerifyReason[] {
  const name = (ref: DocumentRef | ChangedDocument) =>
    ref.id === undefined ? `a ${ref.kind} document` : `${ref.kind} ${ref.id}`;
  return [
    ...changed.map((ref) => ({
      code: 'document-changed',
      message: `${name(ref)} has changed since the packet was built`,
    })),
    ...missing.map((ref) => ({ code: 'document-missing', message: `${name(ref)} is in the packet but was not given` })),
    ...extra.map((ref) => ({ code: 'document-extra', message: `${name(ref)} was given but is not in the packet` })),
  ];
}

/** Codes, classes and pointers of a malformed or leaky packet's problems, never its values. */
function schemaReasons({ errors, findings }: DocumentCheck): VerifyReason[] {
  const problems = [
    ...errors.map((issue) => ({
      code: 'packet-invalid',
      message: `the packet is not a valid release-packet: ${problemAt(issue)}`,
    })),
    ...findings.map((finding) => ({
      code: 'packet-privacy',
      message: `the packet is not privacy-clean: ${problemAt(finding)}`,
    })),
  ];
  const listed = problems.slice(0, MAX_LISTED_ISSUES);
  const more = problems.length - listed.length;
  return more > 0 ? [...listed, { code: 'packet-invalid', message: `and ${more} more problems` }] : listed;
}

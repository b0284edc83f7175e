import { classOf, type EvidenceClass, type EvidenceKind, isEvidenceKind } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import type { ReadinessOutcome } from '../readiness/index.js';

/** One evidence document named by a packet (spec §7). */
export interface PacketArtifact {
  readonly kind: EvidenceKind;
  readonly id: string;
  readonly class: EvidenceClass;
  readonly digest: string;
}

/**
 * The packet's artifacts: every evidence input of the readiness result, with its §4 class. Kinds, ids and digests
 * are taken from `readiness.inputs`, so an id that is unsafe to show is left out here exactly as it is there. Inputs
 * that are not evidence, have no showable id, or have no class (a release-status without a known stage) have no
 * artifact: the contract's artifact needs all three. They stay listed, with their digests, in `readiness.inputs`.
 */
export function artifactsOf({ readiness, checks, digests }: ReadinessOutcome): PacketArtifact[] {
  // Readiness already parsed and digested every input: its checks and digests are reused, index for index.
  const classByDigest = new Map<string, EvidenceClass>();
  checks.forEach((check, index) => {
    const documentClass = check.value === undefined ? undefined : classOf(check.value);
    if (documentClass !== undefined) classByDigest.set(digests[index] as string, documentClass);
  });
  const artifacts: PacketArtifact[] = [];
  for (const input of readiness.inputs) {
    const documentClass = classByDigest.get(input.digest);
    if (!isEvidenceKind(input.kind) || input.id === undefined || documentClass === undefined) continue;
    artifacts.push({ kind: input.kind, id: input.id, class: documentClass, digest: input.digest });
  }
  return artifacts.sort(compareArtifacts);
}

/** Kind, id, then digest, in code-unit order, so the list never depends on input order or locale. */
export function compareArtifacts(a: PacketArtifact, b: PacketArtifact): number {
  return (
    compareText(a.kind, b.kind) ||
    compareText(a.id, b.id) ||
    compareText(a.digest, b.digest) ||
    compareText(a.class, b.class)
  );
}

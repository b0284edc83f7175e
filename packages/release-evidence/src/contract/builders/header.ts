import { compareText } from '../../json/compare.js';
import type { Producer, Subject } from '../envelope.js';
import { CONTRACT } from '../kinds.js';

/** Extension members (`x-…`); core logic ignores them, the privacy scanner reads them in full. */
export type Extensions = Readonly<Record<`x-${string}`, unknown>>;

/** What every evidence builder needs besides the kind's own fields (spec §3). */
export interface EvidenceHeader {
  /** A `label`; `evidenceId(name, subject)` makes one that differs per commit. */
  readonly id: string;
  readonly generatedAt: string;
  readonly subject: Subject;
  readonly producer: Producer;
  readonly extensions?: Extensions;
}

/** The envelope members in the contract's order; `extensions` only when given. */
export function envelopeOf<const K extends string>(kind: K, header: EvidenceHeader) {
  return {
    contract: CONTRACT as typeof CONTRACT,
    kind,
    id: header.id,
    generatedAt: header.generatedAt,
    subject: copySubject(header.subject),
    producer: { ...header.producer },
    ...(header.extensions ? { extensions: { ...header.extensions } } : {}),
  };
}

function copySubject(subject: Subject): Subject {
  return {
    repository: subject.repository,
    branch: subject.branch,
    commitSha: subject.commitSha,
    ...(subject.workflowRun ? { workflowRun: { ...subject.workflowRun } } : {}),
  };
}

// Part of the builders' public surface (adapters sort with it); the one definition is in src/json/.
export { compareText };

/** A sorted copy, ordered by the keys `keys` returns, compared one after another. */
export function sortedBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): T[] {
  return [...items].sort((a, b) => {
    const left = keys(a);
    const right = keys(b);
    for (let index = 0; index < left.length; index++) {
      const order = compareText(left[index] ?? '', right[index] ?? '');
      if (order !== 0) return order;
    }
    return 0;
  });
}

import type {
  EvidenceClass,
  EvidenceDocument,
  EvidenceKind,
  Floors,
  GateId,
  ReleaseCandidate,
} from '../../contract/index.js';
import type { Problem } from '../../problem/index.js';
import type { Instant } from '../time.js';

/** What a gate may read besides its document. */
export interface GateContext {
  readonly candidate: ReleaseCandidate;
  readonly now: Instant;
  /** The effective policy's threshold floors. */
  readonly floors: Floors;
}

/** The contract's type of one evidence kind's documents, inferred from its schema. */
export type DocumentOf<K extends EvidenceKind> = Extract<EvidenceDocument, { readonly kind: K }>;

/** The §6 table's "required by default" column: `always` cannot be dropped or deferred, `no` is added by policy. */
export type Requirement = 'always' | 'yes' | 'no';

/** Which documents belong to a gate (§4): class, kind, and for `release-status` the stage. */
export interface DocumentSelector<K extends EvidenceKind> {
  readonly class: EvidenceClass;
  readonly kind: K;
  readonly stage?: DocumentOf<K> extends { readonly stage: infer S extends string } ? S : never;
  /** Documents for another environment do not serve the gate while one for the right environment exists. */
  readonly environment?: 'production';
}

/** One row of the §6 gate table, typed on the documents of its kind. */
export interface GateDefinition<K extends EvidenceKind> extends Pick<GateSpec, 'id' | 'required' | 'defaultMaxAge'> {
  /** The instants the age is measured from; the oldest counts, and none means `generatedAt`. */
  readonly ageFrom: (doc: DocumentOf<K>) => readonly string[];
  readonly documents: DocumentSelector<K>;
  /** Why a current document of the gate does not pass; none means pass. */
  readonly failures: (doc: DocumentOf<K>, context: GateContext) => Problem[];
}

/**
 * A gate as the engine runs it: every gate alike, flat, judging any evidence document. Only documents of its kind that
 * passed validation ever reach it (the engine chooses them), so the narrowing in `defineGate` holds by construction.
 */
export interface GateSpec {
  readonly id: GateId;
  readonly required: Requirement;
  readonly defaultMaxAge: string;
  readonly class: EvidenceClass;
  readonly kind: EvidenceKind;
  readonly stage?: string;
  readonly environment?: 'production';
  readonly ageFrom: (doc: EvidenceDocument) => readonly string[];
  readonly failures: (doc: EvidenceDocument, context: GateContext) => Problem[];
}

/** Declares one gate; its checks see the contract's type of its kind, so a field name that does not exist fails to compile. */
export function defineGate<K extends EvidenceKind>(definition: GateDefinition<K>): GateSpec {
  const { documents, ageFrom, failures, ...row } = definition;
  const ofKind = (doc: EvidenceDocument): DocumentOf<K> => {
    if (doc.kind !== documents.kind) throw new TypeError(`gate ${row.id} was given a ${doc.kind} document`);
    return doc as DocumentOf<K>;
  };
  return {
    ...row,
    ...documents,
    ageFrom: (doc) => ageFrom(ofKind(doc)),
    failures: (doc, context) => failures(ofKind(doc), context),
  };
}

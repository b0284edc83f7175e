import { type EvidenceDocument, isEvidenceKind, isKind, type Kind, type ReleaseReadiness } from '../contract/index.js';
import { compareText } from '../json/compare.js';
import { digestOf, sha256Digest } from '../json/index.js';
import type { DocumentCheck } from '../privacy/index.js';
import { type EnvelopeView, envelopeOf } from './envelope.js';
import { exactInstantOf, type Instant } from './time.js';

/** One document handed to readiness; `checked` wins, then `text`, then `value`. */
export interface InputDocument {
  readonly text?: string;
  readonly value?: unknown;
  /** The document already checked by `checkInput` with `inputCheckOptions` (by a caller that checks elsewhere). */
  readonly checked?: CheckedDocument;
}

export interface CheckedDocument {
  readonly check: DocumentCheck;
  readonly digest: string;
}

/** How a gate names a document: never a path, and never an id that is itself unsafe. */
export type DocumentRef = ReleaseReadiness['gates'][number]['superseded'][number];

/** An input after its check: what the gates and the `inputs` list need. */
export interface CheckedInput {
  /** The document's kind when it is a contract kind. */
  readonly kind?: Kind;
  /** The document's id when it is safe to repeat. */
  readonly id?: string;
  readonly digest: string;
  readonly valid: boolean;
  readonly findings: number;
  readonly envelope: EnvelopeView;
  /** `envelope.generatedAt` at full precision; NaN milliseconds when missing or malformed. */
  readonly generatedAt: Instant;
  readonly value: unknown;
}

/** Stand-ins used in output when a document's own kind or id cannot be shown. */
export const UNKNOWN_KIND = 'unknown';
export const REDACTED_ID = 'redacted';

/** The parsed input: the check already parsed the text whenever it holds a JSON object; anything else has none. */
function parsedInput(input: InputDocument, check: DocumentCheck): unknown {
  return input.checked !== undefined || typeof input.text === 'string' ? check.value : input.value;
}

/**
 * The digest is over the canonical form (§7), so whitespace and member order never change it; text that is not JSON
 * is digested as it stands.
 */
export function inputDigest(input: InputDocument, check: DocumentCheck): Promise<string> {
  const value = parsedInput(input, check);
  // A number that is not finite (`1e400`) has no canonical form; such a document is invalid and digested as text.
  const canonicalisable = !check.errors.some((issue) => issue.code === 'number-range');
  return value === undefined || !canonicalisable ? sha256Digest(input.text ?? '') : digestOf(value);
}

export function checkedInput(input: InputDocument, check: DocumentCheck, digest: string): CheckedInput {
  const value = parsedInput(input, check);
  const envelope = envelopeOf(value);
  return {
    kind: isKind(envelope.kind) ? envelope.kind : undefined,
    id: safeId(check),
    digest,
    valid: check.ok,
    findings: check.findings.length + (check.omittedFindings ?? 0),
    envelope,
    generatedAt: exactInstantOf(envelope.generatedAt),
    value,
  };
}

/** An id is shown only when it is a label (the check sets `id` only then) that no issue or finding points at. */
function safeId(check: DocumentCheck): string | undefined {
  const { id } = check;
  if (id === undefined) return undefined;
  const flagged =
    check.errors.some((issue) => issue.pointer === '/id') ||
    check.findings.some((finding) => finding.pointer === '/id');
  return flagged ? undefined : id;
}

/** A valid evidence input's document, with its kind's contract type: validation proved the value has it. */
export function evidenceOf(input: CheckedInput): EvidenceDocument {
  if (!input.valid || !isEvidenceKind(input.kind)) throw new TypeError('only valid evidence is judged by its gate');
  return input.value as EvidenceDocument;
}

/** The reference a gate uses; only documents of a gate's kind are ever referenced, so the kind is known. */
export function refOf(input: CheckedInput): DocumentRef {
  return { kind: input.kind ?? 'release-status', id: input.id ?? REDACTED_ID, digest: input.digest };
}

export function compareRefs(a: DocumentRef, b: DocumentRef): number {
  return compareText(a.kind, b.kind) || compareText(a.id, b.id) || compareText(a.digest, b.digest);
}

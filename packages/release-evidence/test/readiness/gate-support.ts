// Runs one gate of the §6 table on the shipped fixture's document for it, the way the engine does once the document
// is chosen, current and valid: the per-gate unit tests beside src/readiness/gates/ use it.
import {
  type EvidenceDocument,
  type Policy,
  parseInstant,
  type ReleaseCandidate,
  validateDocument,
} from '../../src/contract/index.js';
import type { Problem } from '../../src/problem/index.js';
import { effectivePolicy } from '../../src/readiness/effective-policy.js';
import { GATES } from '../../src/readiness/gates/index.js';
import { baseline, type Doc, docOf, type EvidenceSet } from './support.js';

export interface GateRun {
  readonly failures: readonly Problem[];
  /** The instants the gate measures the document's age from. */
  readonly ageFrom: readonly string[];
}

export interface GateRunOptions {
  /** Changes the candidate (its origins, expected resources or policy). */
  readonly candidate?: (candidate: Doc) => void;
  readonly policy?: Policy;
  readonly now?: string;
}

/** The gate `id` judging the fixture's document after `change`; a change that makes the document invalid throws. */
export function runGate(id: string, change: (doc: Doc) => void = () => {}, options: GateRunOptions = {}): GateRun {
  const gate = GATES.find((entry) => entry.id === id);
  if (gate === undefined) throw new Error(`no gate ${id}`);
  const set: EvidenceSet = baseline();
  options.candidate?.(set.candidate);
  const doc = docOf(set, id);
  change(doc);
  const check = validateDocument(doc);
  if (!check.ok) throw new Error(`the changed ${id} document is invalid: ${check.errors.map((e) => e.code)}`);
  const candidate = set.candidate as ReleaseCandidate;
  const context = {
    candidate,
    now: parseInstant(options.now ?? set.now),
    floors: effectivePolicy(candidate.policy, options.policy).floors,
  };
  // Validation proved the value has its kind's contract type, as it does for the engine.
  const value = check.value as EvidenceDocument;
  return { failures: gate.failures(value, context), ageFrom: gate.ageFrom(value) };
}

/** The codes of the problems, in the order the gate reports them. */
export const codesOf = (run: GateRun): string[] => run.failures.map((failure) => failure.code);

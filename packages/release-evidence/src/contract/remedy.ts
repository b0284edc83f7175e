import { checkedRecord } from './closed.js';
import { gateId } from './policy-schema.js';
import { commandLabel } from './scalars.js';

/**
 * What readiness suggests for a gate that is not `pass` (§7 `remedy.code`). Arguments per code are listed in
 * docs/readiness.md; `add-deferral` is offered as `args.alternative` next to the main remedy of a deferrable gate.
 */
export const REMEDY_CODES = [
  'collect-fresh-evidence',
  'record-approval',
  'fix-invalid-input',
  'match-subject',
  'add-deferral',
] as const;
export type RemedyCode = (typeof REMEDY_CODES)[number];

export const SUBJECT_FIELDS = ['repository', 'branch', 'commitSha'] as const;
export const APPROVAL_SCOPES = ['resources', 'traffic'] as const;

/** The candidate's optional `remedies`: the template's command label that produces each gate's evidence. */
export const candidateRemedies = checkedRecord(gateId, commandLabel, 'unknown-gate');

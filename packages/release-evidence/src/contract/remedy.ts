import * as v from 'valibot';
import { checkedRecord, closedArray, closedObject } from './closed.js';
import { EVIDENCE_CLASSES, EVIDENCE_KINDS } from './kinds.js';
import { gateId } from './policy.js';
import {
  branch,
  commandLabel,
  commitSha,
  count,
  deferralId,
  environment,
  label,
  oneOf,
  reference,
  repository,
  timestamp,
} from './scalars.js';

/** What would make a gate that is not `pass` pass (§7 `remedy`); rendered from `{ code, args }` by every report. */
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

/** A ready-to-paste `acceptedDeferrals` entry: the same shape the candidate takes. */
export const deferralEntry = closedObject({ id: deferralId, gate: label, reference, expiresAt: timestamp });

const subjectParts = {
  repository: v.optional(repository),
  branch: v.optional(branch),
  commitSha: v.optional(commitSha),
};

/** A document of another subject: which fields differ, and their values when the document is valid (public-safe). */
const foundSubject = closedObject({
  kind: oneOf(EVIDENCE_KINDS),
  id: label,
  fields: closedArray(oneOf(SUBJECT_FIELDS)),
  ...subjectParts,
});

const deferralAlternative = closedObject({
  code: oneOf(['add-deferral']),
  args: closedObject({ entry: deferralEntry }),
});

/** One closed shape for every code's arguments; each code uses the members its row in docs/readiness.md names. */
const remedyArgs = closedObject({
  gate: gateId,
  class: v.optional(oneOf(EVIDENCE_CLASSES)),
  kind: v.optional(oneOf(EVIDENCE_KINDS)),
  stage: v.optional(label),
  environment: v.optional(environment),
  newerThan: v.optional(timestamp),
  because: v.optional(closedArray(label)),
  scopes: v.optional(closedArray(oneOf(APPROVAL_SCOPES))),
  id: v.optional(label),
  codes: v.optional(closedArray(label)),
  findings: v.optional(closedArray(label)),
  expected: v.optional(closedObject({ repository, branch, commitSha })),
  found: v.optional(closedArray(foundSubject)),
  more: v.optional(count),
  entry: v.optional(deferralEntry),
  command: v.optional(commandLabel),
  alternative: v.optional(deferralAlternative),
});

export const remedy = closedObject({ code: oneOf(REMEDY_CODES), args: remedyArgs });
export type Remedy = v.InferOutput<typeof remedy>;

/** The candidate's optional `remedies`: the template's command label that produces each gate's evidence. */
export const candidateRemedies = checkedRecord(gateId, commandLabel, 'unknown-gate');

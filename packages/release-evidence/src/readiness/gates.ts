import { EVIDENCE_TABLE, type EvidenceClass, type EvidenceKind, type Floors, type GateId } from '../contract/index.js';
import { approvalFailures, approvalTimes } from './approvals.js';
import { floorFailures } from './floors.js';
import { type Reason, reason } from './reasons.js';
import type { Instant } from './time.js';
import { type EvidenceView, originMatches, type ReleaseCandidate } from './views.js';

export interface GateContext {
  readonly candidate: ReleaseCandidate;
  readonly now: Instant;
  /** The effective policy's threshold floors. */
  readonly floors: Floors;
}

/** One row of the §6 gate table. Every gate is evaluated by the same engine from this data. */
export interface GateSpec {
  readonly gate: GateId;
  /** Which documents belong to the gate (§4): class, kind, and for `release-status` the stage. */
  readonly class: EvidenceClass;
  readonly kind: EvidenceKind;
  readonly stage?: string;
  /** Documents for another environment do not serve the gate while one for the right environment exists. */
  readonly environment?: 'production';
  readonly requiredByDefault: boolean;
  /** Required whatever the policy says, and never deferrable. */
  readonly alwaysRequired: boolean;
  readonly defaultMaxAge: string;
  /** The instants the age is measured from; the oldest counts. */
  readonly ageFrom: (doc: EvidenceView) => readonly string[];
  /** Reasons the document does not pass; an empty list means pass. */
  readonly failures: (doc: EvidenceView, context: GateContext) => Reason[];
}

const generatedAt = (doc: EvidenceView): readonly string[] => [doc.generatedAt];

function conclusionFailures(doc: EvidenceView): Reason[] {
  return doc.conclusion === 'success' ? [] : [reason('conclusion-failure', `${doc.id} reports conclusion failure`)];
}

/** A release status proves something only when at least one check passed: all skipped is not success (§6). */
function passedCheckFailures(doc: EvidenceView): Reason[] {
  if ((doc.checks ?? []).some((check) => check.status === 'passed')) return [];
  return [reason('no-passed-check', `${doc.id} has no passed check`)];
}

/** The three release-status gates: conclusion, a passed check and, for deployed stages, the origin. */
function statusFailures(doc: EvidenceView, context: GateContext, environment?: 'staging' | 'production'): Reason[] {
  const origin = environment === undefined ? [] : originFailures(doc, context, environment);
  return [...conclusionFailures(doc), ...passedCheckFailures(doc), ...origin];
}

function originFailures(doc: EvidenceView, context: GateContext, environment: 'staging' | 'production'): Reason[] {
  if (originMatches(doc.origin, context.candidate, environment)) return [];
  return [reason('origin-mismatch', `${doc.id} is not for the candidate's ${environment} origin`)];
}

function environmentFailures(doc: EvidenceView): Reason[] {
  if (doc.environment === 'production') return [];
  return [reason('wrong-environment', `${doc.id} is not for production`)];
}

function verdictFailures(doc: EvidenceView): Reason[] {
  return doc.verdict === 'pass' ? [] : [reason(`verdict-${doc.verdict ?? 'missing'}`, `${doc.id} verdict is not pass`)];
}

function rotationFailures(doc: EvidenceView): Reason[] {
  const failed = (doc.secrets ?? []).filter((secret) => secret.preflight !== 'passed');
  return failed.map((secret) =>
    reason('preflight-not-passed', `${doc.id}: preflight of secret ${secret.name} in ${secret.store} did not pass`),
  );
}

function resourceFailures(doc: EvidenceView, context: GateContext): Reason[] {
  const listed = doc.resources ?? [];
  const key = (type: string, label: string): string => `${type}\u0000${label}`;
  const statusByKey = new Map(listed.map((resource) => [key(resource.type, resource.label), resource.status]));
  const reasons: Reason[] = [];
  for (const expected of context.candidate.expectedResources ?? []) {
    const status = statusByKey.get(key(expected.type, expected.label));
    if (status === undefined) {
      reasons.push(reason('resource-not-listed', `expected resource ${expected.type} ${expected.label} is not listed`));
    }
  }
  for (const resource of listed) {
    if (resource.status !== 'ready') {
      reasons.push(reason(`resource-${resource.status}`, `resource ${resource.type} ${resource.label} is not ready`));
    }
  }
  return reasons;
}

/** The §4 selector of a gate, taken from the contract's evidence table so the two cannot disagree. */
function selectorOf(gate: GateId): Pick<GateSpec, 'gate' | 'class' | 'kind' | 'stage'> {
  const row = EVIDENCE_TABLE.find((entry) => entry.gate === gate);
  if (row === undefined) throw new Error(`gate ${gate} has no evidence row`);
  return row.stage === undefined
    ? { gate, class: row.class, kind: row.kind }
    : { gate, class: row.class, kind: row.kind, stage: row.stage };
}

/** The §6 gate table, in the contract's gate order. */
export const GATES: readonly GateSpec[] = [
  {
    ...selectorOf('source-known'),
    requiredByDefault: true,
    alwaysRequired: false,
    defaultMaxAge: 'P7D',
    ageFrom: generatedAt,
    failures: (doc, context) => statusFailures(doc, context),
  },
  {
    ...selectorOf('staging-runtime'),
    requiredByDefault: true,
    alwaysRequired: false,
    defaultMaxAge: 'PT24H',
    ageFrom: generatedAt,
    failures: (doc, context) => statusFailures(doc, context, 'staging'),
  },
  {
    ...selectorOf('secret-rotation'),
    environment: 'production',
    requiredByDefault: true,
    alwaysRequired: false,
    defaultMaxAge: 'P90D',
    ageFrom: (doc) => (doc.secrets ?? []).map((secret) => secret.after.updatedAt),
    failures: (doc) => [...environmentFailures(doc), ...rotationFailures(doc)],
  },
  {
    ...selectorOf('production-resources'),
    environment: 'production',
    requiredByDefault: true,
    alwaysRequired: false,
    defaultMaxAge: 'PT24H',
    ageFrom: (doc) => (doc.resources ?? []).map((resource) => resource.checkedAt),
    failures: (doc, context) => [...environmentFailures(doc), ...resourceFailures(doc, context)],
  },
  {
    ...selectorOf('operator-approval'),
    requiredByDefault: true,
    alwaysRequired: true,
    defaultMaxAge: 'P7D',
    ageFrom: approvalTimes,
    failures: approvalFailures,
  },
  {
    ...selectorOf('provider-canary'),
    requiredByDefault: true,
    alwaysRequired: false,
    defaultMaxAge: 'PT24H',
    ageFrom: (doc) => (doc.window ? [doc.window.endedAt] : []),
    failures: (doc, context) => [...verdictFailures(doc), ...floorFailures('provider-canary', doc, context)],
  },
  {
    ...selectorOf('image-safety'),
    requiredByDefault: true,
    alwaysRequired: false,
    defaultMaxAge: 'PT72H',
    ageFrom: generatedAt,
    failures: (doc, context) => [...verdictFailures(doc), ...floorFailures('image-safety', doc, context)],
  },
  {
    ...selectorOf('production-cutover'),
    requiredByDefault: false,
    alwaysRequired: false,
    defaultMaxAge: 'PT24H',
    ageFrom: generatedAt,
    failures: (doc, context) => statusFailures(doc, context, 'production'),
  },
];

import * as v from 'valibot';
import { checkedRecord, closedObject } from '../closed.js';
import { envelope, origin, producer, subject } from '../envelope.js';
import { KINDS } from '../kinds.js';
import { gateId, policy } from '../policy-schema.js';
import { checkUnique, defineKind } from '../rules.js';
import { count, deferralId, digest, freeText, label, list, MAX_SAFE, oneOf, percent, timestamp } from '../scalars.js';

export const GATE_STATUSES = ['pass', 'fail', 'stale', 'missing', 'mismatch', 'invalid', 'deferred'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];
export const READINESS_VERDICTS = ['blocked', 'awaiting-operator', 'ready-with-deferrals', 'ready'] as const;
export type ReadinessVerdict = (typeof READINESS_VERDICTS)[number];
export const DEFERRAL_STATUSES = ['applied', 'unused', 'expired', 'unknown-gate', 'not-allowed'] as const;

const gateStatus = oneOf(GATE_STATUSES);
const documentRef = closedObject({ kind: oneOf(KINDS), id: label, digest });
/** Reason messages are rendered by core from codes and labels, never from document values. */
const reason = closedObject({
  code: label,
  message: freeText(1, 1000),
});

/** Names of remedy arguments: camelCase words, so an argument name never carries a document value. */
const REMEDY_ARG_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
const REMEDY_SCALARS = [
  freeText(0, 1000),
  v.pipe(v.number(), v.minValue(-MAX_SAFE, 'number-range'), v.maxValue(MAX_SAFE, 'number-range')),
  v.boolean(),
  v.null(),
] as const;
const remedyArg = v.union([
  ...REMEDY_SCALARS,
  v.pipe(v.array(v.union(REMEDY_SCALARS)), v.maxLength(100, 'invalid-length')),
]);
/**
 * What would make a gate pass (spec §7): a code and its arguments. Arguments are one level deep: a scalar, or a list of
 * up to 100 scalars, so every report can render them without walking nested structures.
 */
export const remedy = closedObject({
  code: label,
  args: checkedRecord(v.pipe(v.string(), v.regex(REMEDY_ARG_NAME, 'invalid-format')), remedyArg, 'invalid-format'),
});

/** Something a report must show without changing the verdict (`policy-weakened`, `deferral-expiring`). */
const warning = closedObject({
  code: label,
  gate: v.optional(gateId),
  message: freeText(1, 1000),
});

const gate = closedObject({
  gate: gateId,
  status: gateStatus,
  underlying: v.optional(gateStatus),
  required: v.boolean(),
  evidence: v.optional(documentRef),
  superseded: v.array(documentRef),
  reasons: v.array(reason),
  /** The instant the evidence's age is measured from (§6 table); present when valid evidence was chosen. */
  measuredFrom: v.optional(timestamp),
  remedy: v.optional(remedy),
});

/** An input that is not a contract document has no known kind or id; `kind` is then a label such as `unknown`. */
const input = closedObject({ kind: label, id: v.optional(label), digest, valid: v.boolean(), findings: count });

export const releaseReadiness = closedObject({
  ...envelope('release-readiness'),
  subject,
  producer: v.optional(producer),
  milestone: closedObject({ id: label }),
  origins: list(origin, 2, 2),
  now: timestamp,
  policy,
  verdict: oneOf(READINESS_VERDICTS),
  gates: v.array(gate),
  deferrals: v.array(closedObject({ id: deferralId, gate: label, status: oneOf(DEFERRAL_STATUSES) })),
  inputs: v.array(input),
  summary: closedObject(
    Object.fromEntries(GATE_STATUSES.map((status) => [status, count])) as Record<GateStatus, typeof count>,
  ),
  warnings: v.optional(v.array(warning)),
  validUntil: v.optional(timestamp),
  /** The traffic share the operator approved, present while `operator-approval` passes. */
  approvedTrafficPercent: v.optional(percent),
});

export type ReleaseReadiness = v.InferOutput<typeof releaseReadiness>;

export const releaseReadinessKind = defineKind({
  kind: 'release-readiness',
  schema: releaseReadiness,
  rules(doc, context) {
    checkUnique(context, doc.gates, (item) => item.gate, ['gates']);
  },
});
